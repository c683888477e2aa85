// Real-looking support mails used by the tests (written for them; no customer data).

export const DEFECT = {
  subject: 'SFTP uploads fail with "connection reset" since upgrade to 4.12',
  body: `Hello,

Since we upgraded the server to 4.12.0 last night, SFTP uploads from two of our partners fail
with "connection reset by peer" after about 30 seconds. Downloads still work. We restarted the
service but the error comes back every time a file larger than 1 GB is uploaded.

The server log shows:
2024-03-04 10:12:01 ERROR 20156 Session 1234 closed: connection reset by peer
2024-03-04 10:12:01 ERROR 20157 Upload of /incoming/batch.zip failed

This is blocking our nightly batch. Thanks for looking into it.

Regards,
Tom`,
};

export const QUESTION = {
  subject: 'How do I restrict an account to its home folder?',
  body: `Hi,

We are setting up accounts for our suppliers. How can I configure an account so that the user
only sees their own home folder and cannot browse the rest of the file system? Is there a
setting for this in the web administration?

Thanks,
Maria`,
};

export const FEATURE_REQUEST = {
  subject: 'Feature request: Azure Blob Storage as a storage backend',
  body: `Hello team,

It would be great if the server could store uploaded files directly in Azure Blob Storage
instead of a local disk. Many of our customers are moving to Azure and we would like to
propose adding this as a new feature. Is this something you would consider adding in a future
release?

Best,
Ravi`,
};

export const LICENCE_RENEWAL = {
  subject: 'Licence renewal 2025',
  body: `Dear Sales team,

Our annual licence and support contract expire at the end of March. Could you please send us a
quote for the renewal of the licence for two production servers and one test server? We also
need the invoice addressed to our Munich office, purchase order number to follow.

Kind regards,
Petra Schulz
Procurement`,
};

export const OUT_OF_OFFICE_DE = {
  subject: 'Abwesenheitsnotiz: Re: Case 1234',
  body: `Vielen Dank für Ihre Nachricht. Ich bin bis zum 15. April nicht im Büro und habe keinen
Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an it-support@kunde.example.

Thank you for your message. I am out of the office until April 15th with no access to email.`,
};

export const OUT_OF_OFFICE_FR = {
  subject: 'Réponse automatique : Votre demande',
  body: `Bonjour, je suis absent du bureau jusqu'au 2 mai. Pour toute urgence, merci de contacter
mon collègue.`,
};

export const BOUNCE = {
  subject: 'Undeliverable: Re: Your ticket 4711',
  body: `Delivery has failed to these recipients or groups:

jane.doe@customer.example
The email address you entered couldn't be found.`,
  from: 'MAILER-DAEMON@mail.customer.example',
};

export const CHAT_TRANSCRIPT = {
  subject: 'Fwd: Chat transcript with Visitor 48213',
  body: `---------- Forwarded message ---------
From: Olark Transcripts <transcripts@olark.com>
Date: Tue, 5 Mar 2024 at 14:32
Subject: Chat transcript with Visitor 48213
To: <support@example.com>

(14:02:11) Visitor 48213: hi, is anyone there?
(14:02:30) Anna: Hello! How can I help you today?
(14:03:02) Visitor 48213: our SFTP server rejects logins since this morning
(14:03:40) Anna: Which version are you running?
(14:04:15) Visitor 48213: 4.11 on Windows Server 2016
(14:05:01) Anna: Could you send the server log to support@example.com? We will look at it.
(14:05:20) Visitor 48213: sure, thanks`,
};

export const PHONE_FOLLOWUP = {
  subject: 'Follow-up to our call this morning',
  body: `Hi Anna,

As discussed on the phone this morning, here is a written summary: we will move the server to
the new data centre on Saturday and need the licence transferred to the new host name. You
asked us to confirm in writing, so please take this e-mail as our confirmation.

Thanks,
Joe`,
};

/** The support team's own installation-details request (support-process.rst). */
export const INSTALLATION_REQUEST = `Hello Tom,

Can you please provide us with the following details about the system used for running the product:

* Product version?
* Operating system name and version?
* File transfer protocol(s) used?
* Please send through a time-stamped version of the server-side log, and if relevant, the corresponding client-side log.

Best regards,
Anna`;

export const INSTALLATION_ANSWER = `Hi Anna,

Here are the details you asked for:

* Product version: 4.12.0
* OS: Windows Server 2019 Datacenter
* Protocols: SFTP and FTPS (explicit)
* We use LDAP against Active Directory for authentication.

Log from this morning:
2024-03-05 09:01:12 20156 Session 88 opened for partner1
2024-03-05 09:01:14 20157 Session 88 closed: connection reset by peer

Tom`;

export const GERMAN_AROUND_ENGLISH = {
  subject: 'Server crashes when the LDAP server is unreachable',
  body: `Hallo zusammen,

the server crashes every time our LDAP server is unreachable. After the crash the service does
not restart on its own and we get the error "Unhandled exception in authentication" in the log.

Viele Grüße
Klaus Becker`,
};

export const FRENCH_AROUND_ENGLISH = {
  subject: 'Question about FTPS passive port range',
  body: `Bonjour,

How do I change the passive port range for FTPS? Which setting should we use in the
configuration file, and do we need to restart the service afterwards?

Cordialement,
Sophie Martin`,
};

export const THREE_QUESTIONS = {
  subject: 'A few questions',
  body: `Hello,

I have three questions:
1. How do I rotate the server log every day instead of every week?
2. Can accounts authenticate with both a password and an SSH key at the same time?
3. Is there a way to send an e-mail notification when an upload completes?

Thanks,
Lena`,
};
