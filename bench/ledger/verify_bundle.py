#!/usr/bin/env python3
"""Independent verifier of a Crossback evidence bundle, written from the specifications alone (RFC 9162 section
2.1.3.2, C2SP signed-note and tlog-checkpoint), sharing no code with the server.

usage: verify_bundle.py <bundle URL or file> [--vkey <vkey>]

Needs Python 3 with the 'cryptography' package (Debian: python3-cryptography) for Ed25519.
Exit status 0 when the checkpoint signature and every inclusion proof verify, 1 otherwise.
"""
import base64
import hashlib
import json
import sys
import urllib.request

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


def parse_vkey(vkey):
    name, key_id, key = vkey.strip().split("+", 2)
    raw = base64.b64decode(key)
    assert raw[0] == 1 and len(raw) == 33, "not an Ed25519 vkey"
    expected = hashlib.sha256(name.encode() + b"\n" + raw).digest()[:4]
    assert expected.hex() == key_id, "vkey id does not match its key"
    return name, expected, Ed25519PublicKey.from_public_bytes(raw[1:])


def open_note(note, vkeys):
    text, _, sigs = note.rpartition("\n\n")
    text += "\n"
    for line in sigs.strip("\n").split("\n"):
        assert line.startswith("\u2014 "), "bad signature line"
        name, sig = line[2:].split(" ")
        sig = base64.b64decode(sig)
        for vname, vid, pub in vkeys:
            if vname == name and vid == sig[:4]:
                pub.verify(sig[4:], text.encode())  # raises InvalidSignature
                return text
    raise InvalidSignature("no signature by a trusted key")


def verify_inclusion(index, size, leaf_hash, path, root):
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf_hash
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = hashlib.sha256(b"\x01" + p + r).digest()
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = hashlib.sha256(b"\x01" + r + p).digest()
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def main(argv):
    source = argv[1]
    pinned = [argv[i + 1] for i, a in enumerate(argv) if a == "--vkey"]
    if source.startswith("http"):
        bundle = json.load(urllib.request.urlopen(source))
    else:
        bundle = json.load(open(source))
    vkeys = [parse_vkey(v) for v in (pinned or bundle["vkeys"])]
    if not pinned:
        print("warning: no --vkey pinned, trusting the keys the bundle names")
    try:
        text = open_note(bundle["checkpoint"], vkeys)
    except InvalidSignature as e:
        print("FAILED checkpoint signature:", e or "bad signature")
        return 1
    origin, size, root = text.split("\n")[:3]
    size, root = int(size), base64.b64decode(root)
    assert origin == bundle["origin"], "origin differs from the checkpoint"
    print(f"checkpoint {origin} size {size} signature ok")
    ok = True
    for e in bundle["entries"]:
        leaf = base64.b64decode(e["leafData"])
        good = verify_inclusion(e["leafIndex"], size, hashlib.sha256(b"\x00" + leaf).digest(),
                                [base64.b64decode(h) for h in e["proof"]], root)
        ok &= good
        print("verified" if good else "FAILED", e["leafIndex"], e["event"], json.loads(leaf)["at"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
