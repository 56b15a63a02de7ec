// Preloaded into netprune by the privacy test: every way out to the network is replaced by one
// that records the attempt and throws, so a silent attempt cannot go unnoticed.
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import dgram from 'node:dgram';

const log = process.env.NETPRUNE_NETWORK_LOG;
const deny = (what) => {
  if (log) fs.appendFileSync(log, `${what}\n`);
  throw new Error(`network disabled in this test: ${what}`);
};
net.Socket.prototype.connect = function connect() {
  deny('net.Socket.connect');
};
net.connect = net.createConnection = () => deny('net.connect');
tls.connect = () => deny('tls.connect');
http.request = http.get = () => deny('http.request');
https.request = https.get = () => deny('https.request');
dgram.createSocket = () => deny('dgram.createSocket');
dns.lookup = () => deny('dns.lookup');
dns.resolve = () => deny('dns.resolve');
dns.promises.lookup = async () => deny('dns.promises.lookup');
globalThis.fetch = async () => deny('fetch');
globalThis.WebSocket = class {
  constructor() {
    deny('WebSocket');
  }
};
