import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';

// Hocuspocus wire format: varString document name, varUint message type, then the payload.
const messageSync = 0;
const messageAwareness = 1;
const messageAuth = 2;
const messageClose = 7;
const authToken = 0;
const authDenied = 1;
const authOk = 2;
const syncUpdate = 2;

export interface RawClient {
  socket: WebSocket;
  /** Reasons of CLOSE messages the server sent for documents. */
  documentCloses: string[];
  socketClosed: Promise<{ code: number; reason: string }>;
  authenticate(documentName: string, token: string): Promise<void>;
  sendUpdate(documentName: string, update: Uint8Array): void;
  sendAwareness(documentName: string, payload: Uint8Array): void;
  sendRaw(bytes: Uint8Array): void;
}

/** A bare WebSocket speaking just enough of the protocol to misbehave on purpose. */
export async function connectRaw(url: string, headers: Record<string, string> = {}): Promise<RawClient> {
  const socket = new WebSocket(url, { headers });
  const documentCloses: string[] = [];
  const waiting = new Map<string, { resolve: () => void; reject: (error: Error) => void }>();
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    const name = decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === messageClose) documentCloses.push(decoding.readVarString(decoder));
    if (type === messageAuth) {
      const authType = decoding.readVarUint(decoder);
      const pending = waiting.get(name);
      if (authType === authOk) pending?.resolve();
      if (authType === authDenied) pending?.reject(new Error(decoding.readVarString(decoder)));
    }
  });
  const socketClosed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const frame = (documentName: string, type: number, write: (encoder: encoding.Encoder) => void): Uint8Array => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, documentName);
    encoding.writeVarUint(encoder, type);
    write(encoder);
    return encoding.toUint8Array(encoder);
  };
  return {
    socket,
    documentCloses,
    socketClosed,
    authenticate: (documentName, token) =>
      new Promise<void>((resolve, reject) => {
        waiting.set(documentName, { resolve, reject });
        socket.send(
          frame(documentName, messageAuth, (e) => {
            encoding.writeVarUint(e, authToken);
            encoding.writeVarString(e, token);
          }),
        );
      }),
    sendUpdate: (documentName, update) =>
      socket.send(
        frame(documentName, messageSync, (e) => {
          encoding.writeVarUint(e, syncUpdate);
          encoding.writeVarUint8Array(e, update);
        }),
      ),
    sendAwareness: (documentName, payload) => socket.send(frame(documentName, messageAwareness, (e) => encoding.writeVarUint8Array(e, payload))),
    sendRaw: (bytes) => socket.send(bytes),
  };
}
