'use strict';
// Preloaded into the local Teams client (node --require): it has no option for the address it
// listens on and would listen on every interface, relaying to the anonymous bot as the demo user.
// Every server it opens listens on loopback only.
const net = require('node:net');

const LOOPBACK = '127.0.0.1';
const ANY = new Set([undefined, null, '', '0.0.0.0', '::', '::0']);
const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first] = args;
  if (first !== null && typeof first === 'object' && !Array.isArray(first)) {
    // listen({ port, host }) — a path (Unix socket) or a handle is left alone.
    if (first.path === undefined && first.fd === undefined && first._handle === undefined && ANY.has(first.host)) {
      args[0] = { ...first, host: LOOPBACK };
    }
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    // listen(port[, host][, backlog][, callback])
    if (typeof args[1] === 'string') {
      if (ANY.has(args[1])) args[1] = LOOPBACK;
    } else {
      args.splice(1, 0, LOOPBACK);
    }
  } else if (first === undefined || typeof first === 'function') {
    // listen() or listen(callback): a random port
    args.unshift(0, LOOPBACK);
  }
  return listen.apply(this, args);
};
