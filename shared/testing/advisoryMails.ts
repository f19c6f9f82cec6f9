// A pre-disclosure mail as Xen's security team sends it, for the tests of
// the paste reader's users (the editor's form fill, planner read-mail).

export const PREDISCLOSURE_MAIL = `Subject: Xen Security Advisory 901 v1 (CVE-2027-1001) - x86: emulator overrun
Date: Tue, 05 Jan 2027 12:00:00 +0000

            Xen Security Advisory CVE-2027-1001 / XSA-901
                               version 1

                       x86: emulator overrun

ISSUE DESCRIPTION
=================

The emulator may write past a buffer.

IMPACT
======

A guest may crash the host.

VULNERABLE SYSTEMS
==================

Xen 4.21 and later are vulnerable.  Xen 4.20 and older are not vulnerable.

The embargo ends 2027-01-20 12:00 UTC.
`;
