import { describe, expect, it } from 'vitest';
import { firstNameOf } from './first-name';

describe('firstNameOf', () => {
  it.each([
    ['Dana Whitfield', 'dana.whitfield@lakeside.example.com', 'Dana'],
    ['Whitfield, Dana', 'dw@example.org', 'Dana'],
    ['Whitfield, Dana M.', 'dw@example.org', 'Dana'],
    ['Dr. Dana Whitfield', '', 'Dana'],
    ['Dr Dana Whitfield', '', 'Dana'],
    ['Prof. Dr. Hans Müller', '', 'Hans'],
    ['Mrs Jane Smith', '', 'Jane'],
    ['DANA WHITFIELD', '', 'Dana'],
    ['dana whitfield', '', 'Dana'],
    ['Jean-Luc Picard', '', 'Jean-Luc'],
    ['JEAN-LUC PICARD', '', 'Jean-Luc'],
    ['Kenzie McKenzie', '', 'Kenzie'],
    ['"Dana Whitfield"', '', 'Dana'],
    ["'Dana Whitfield'", '', 'Dana'],
    ['Dana Whitfield (Lakeside Logistics)', '', 'Dana'],
    ['Dana Whitfield [IT]', '', 'Dana'],
    ['Dana Whitfield <dana@lakeside.example.com>', '', 'Dana'],
    ['J. Robert Smith', '', 'Robert'],
    ['Tomás Rivera', '', 'Tomás'],
    ['Dana', '', 'Dana'],
    ['王伟', '', '王伟'],
    // The display name is an address or absent: first.last local parts are trusted.
    ['dana.whitfield@lakeside.example.com', 'dana.whitfield@lakeside.example.com', 'Dana'],
    ['', 'dana.whitfield@lakeside.example.com', 'Dana'],
    ['', 'dana_whitfield@example.org', 'Dana'],
    ['', 'jean-luc.picard@example.org', 'Jean'],
    ['', 'DANA.WHITFIELD@EXAMPLE.ORG', 'Dana'],
    // Nothing trustworthy: greet neutrally.
    ['J. Smith', '', ''],
    ['J. Smith', 'jsmith@example.org', ''],
    ['', 'jsmith@example.org', ''],
    ['', 'd.whitfield@example.org', ''],
    ['', 'support@lakeside.example.com', ''],
    ['', 'it-ops@lakeside.example.com', ''],
    ['', 'info.desk@lakeside.example.com', ''],
    ['IT Operations', 'it-ops@lakeside.example.com', ''],
    ['Lakeside Support Team', '', ''],
    ['', 'user42.x@example.org', ''],
    ['', '', ''],
    ['   ', '', ''],
    ['12345', '', ''],
  ])('%j / %j → %j', (name, email, expected) => {
    expect(firstNameOf(name, email)).toBe(expected);
  });
});
