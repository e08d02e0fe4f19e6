// Checks a case's key steps in the tamper-evident log, in the customer's own browser (Web Crypto only):
// 1. the log's checkpoint (C2SP signed note) carries a valid Ed25519 signature by a key the bundle names;
// 2. each step's leaf is included in the tree that checkpoint commits to (RFC 9162 inclusion proof, SHA-256);
// 3. the leaf names the step it is shown as.
// Without a key pinned out of band this proves integrity, not origin (as the command-line verifier says too).
// When done, the section's data-checked says so: "true" (marks shown), "empty" (nothing logged yet) or "error".
(function () {
  'use strict';
  var section = document.getElementById('proof');
  if (!section || !window.crypto || !crypto.subtle) { return; }
  var list = section.querySelector('ol');
  var labels = {};
  section.querySelectorAll('template[data-labels]').forEach(function (t) {
    t.content.querySelectorAll('[data-event]').forEach(function (el) {
      labels[el.getAttribute('data-event')] = el.textContent;
    });
  });
  var enc = new TextEncoder();

  function b64(text) {
    var raw = atob(text), out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { out[i] = raw.charCodeAt(i); }
    return out;
  }
  function concat() {
    var length = 0, i;
    for (i = 0; i < arguments.length; i++) { length += arguments[i].length; }
    var out = new Uint8Array(length), at = 0;
    for (i = 0; i < arguments.length; i++) { out.set(arguments[i], at); at += arguments[i].length; }
    return out;
  }
  function sha256(bytes) {
    return crypto.subtle.digest('SHA-256', bytes).then(function (d) { return new Uint8Array(d); });
  }
  function equal(a, b) {
    if (a.length !== b.length) { return false; }
    var diff = 0;
    for (var i = 0; i < a.length; i++) { diff |= a[i] ^ b[i]; }
    return diff === 0;
  }
  function hex(bytes) {
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }

  // Returns the checkpoint's {size, root} when a named key signed it.
  async function openCheckpoint(note, vkeys) {
    var split = note.lastIndexOf('\n\n');
    if (split < 0) { throw new Error('not a signed note'); }
    var text = note.substring(0, split + 1);
    var signed = false;
    var lines = note.substring(split + 2).split('\n').filter(function (l) { return l.length > 0; });
    for (var i = 0; i < lines.length; i++) {
      var parts = lines[i].replace(/^\u2014 /, '').split(' ');
      var sig = b64(parts[1]);
      for (var k = 0; k < vkeys.length; k++) {
        try {
          if (await signedBy(vkeys[k], parts[0], sig, text)) { signed = true; }
        } catch (e) { /* a malformed key: try the others */ }
      }
    }
    if (!signed) { throw new Error('checkpoint not signed by a named key'); }
    var body = text.split('\n');
    return { size: Number(body[1]), root: b64(body[2]) };
  }

  // Whether the vkey (name+keyid+base64(0x01 || Ed25519 key)) has this name and key id and its signature verifies.
  // The base64 part may itself contain '+', so the vkey splits at its first two only.
  async function signedBy(vkey, name, sig, text) {
    var first = vkey.indexOf('+'), second = vkey.indexOf('+', first + 1);
    if (first < 0 || second < 0) { return false; }
    var key = b64(vkey.substring(second + 1));
    if (vkey.substring(0, first) !== name || vkey.substring(first + 1, second) !== hex(sig.subarray(0, 4))
        || key[0] !== 1 || key.length !== 33 || sig.length !== 68) {
      return false;
    }
    var publicKey = await crypto.subtle.importKey('raw', key.subarray(1), { name: 'Ed25519' }, false, ['verify']);
    return crypto.subtle.verify({ name: 'Ed25519' }, publicKey, sig.subarray(4), enc.encode(text));
  }

  // RFC 9162 section 2.1.3.2.
  async function included(index, size, leaf, proof, root) {
    if (index >= size) { return false; }
    var fn = index, sn = size - 1;
    var r = await sha256(concat(new Uint8Array([0]), leaf));
    for (var i = 0; i < proof.length; i++) {
      if (sn === 0) { return false; }
      if (fn % 2 === 1 || fn === sn) {
        r = await sha256(concat(new Uint8Array([1]), proof[i], r));
        while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
      }
      else {
        r = await sha256(concat(new Uint8Array([1]), r, proof[i]));
      }
      fn = Math.floor(fn / 2); sn = Math.floor(sn / 2);
    }
    return sn === 0 && equal(r, root);
  }

  function mark(event, ok) {
    var li = document.createElement('li');
    li.setAttribute('data-event', event);
    li.className = ok ? 'verified' : 'unverified';
    var label = document.createElement('span');
    label.textContent = labels[event] || event;
    var state = document.createElement('strong');
    state.className = ok ? 'ok' : 'error';
    state.textContent = (ok ? '\u2713 ' : '\u2717 ') + section.getAttribute(ok ? 'data-verified' : 'data-failed');
    li.appendChild(label);
    li.appendChild(document.createTextNode(' '));
    li.appendChild(state);
    list.appendChild(li);
  }

  fetch(section.getAttribute('data-bundle'), { headers: { Accept: 'application/json' } })
    .then(function (response) { if (!response.ok) { throw new Error('HTTP ' + response.status); } return response.json(); })
    .then(async function (bundle) {
      if (!bundle.entries || bundle.entries.length === 0) {
        section.querySelector('.pending').hidden = false;
        section.setAttribute('data-checked', 'empty');
        return;
      }
      var checkpoint = null;
      try { checkpoint = await openCheckpoint(bundle.checkpoint, bundle.vkeys); } catch (e) {
        checkpoint = null;
        section.setAttribute('data-problem', 'checkpoint: ' + e.message);
      }
      for (var i = 0; i < bundle.entries.length; i++) {
        var entry = bundle.entries[i], ok = false;
        if (checkpoint) {
          try {
            var leaf = b64(entry.leafData);
            ok = JSON.parse(new TextDecoder().decode(leaf)).event === entry.event
              && await included(entry.leafIndex, checkpoint.size, leaf, entry.proof.map(b64), checkpoint.root);
          } catch (e) { ok = false; section.setAttribute('data-problem', 'entry ' + entry.leafIndex + ': ' + e.message); }
        }
        mark(entry.event, ok);
      }
      section.setAttribute('data-checked', 'true');
    })
    .catch(function () { section.setAttribute('data-checked', 'error'); });
}());
