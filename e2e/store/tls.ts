/** A self-signed certificate for the store's hosts, made once per process. */
import { generate } from 'selfsigned';
import { CERT_NAMES } from './hosts';

let made: Promise<{ key: string; cert: string }> | undefined;

export function storeCertificate(): Promise<{ key: string; cert: string }> {
  made ??= generate([{ name: 'commonName', value: 'AliKeep offline store' }], {
    keyType: 'ec',
    curve: 'P-256',
    notAfterDate: new Date(Date.now() + 30 * 24 * 3600 * 1000),
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          ...CERT_NAMES.map((value) => ({ type: 2 as const, value })),
          { type: 7 as const, ip: '127.0.0.1' },
        ],
      },
    ],
  }).then((pems) => ({ key: pems.private, cert: pems.cert }));
  return made;
}
