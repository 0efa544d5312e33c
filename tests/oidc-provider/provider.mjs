// Real OpenID Connect provider (oidc-provider 9.x) for Plaza's end-to-end tests.
// Plain HTTP on 127.0.0.1; see README.md for the HTTP sequence a client performs.
import * as crypto from 'node:crypto';
import * as http from 'node:http';

// stdout carries exactly one line (the "listening" line): send oidc-provider's
// notices (console.info) and warnings to stderr. Done before loading the library.
console.info = console.error;
console.warn = console.error;
const { default: Provider } = await import('oidc-provider');

const env = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined || value === '') {
    console.error(`provider.mjs: environment variable ${name} is required`);
    process.exit(2);
  }
  return value;
};

const port = Number(env('OIDC_PORT', '0'));
const clientId = env('OIDC_CLIENT_ID');
const clientSecret = env('OIDC_CLIENT_SECRET');
const redirectUri = env('OIDC_REDIRECT_URI');
const codeTtl = Number(env('OIDC_TTL_AUTH_CODE', '60'));

// RS256 signing key generated at startup; nothing on disk. The key comes out
// as PEM and is read back into a KeyObject of its own before the JWK export:
// exporting the KeyObject that generateKeyPairSync returns can deadlock Node 20
// when a garbage collection runs during the export (the key generation job's
// destructor waits for the lock the export holds: 2 of 60 starts hung here).
const { privateKey: privatePem } = crypto.generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const privateKey = crypto.createPrivateKey(privatePem);
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: crypto.randomUUID(), alg: 'RS256', use: 'sig' };

const configuration = {
  clients: [{
    client_id: clientId,
    client_secret: clientSecret,
    redirect_uris: [redirectUri],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    // Registered as basic; oidc-provider also accepts client_secret_post for it.
    token_endpoint_auth_method: 'client_secret_basic',
    id_token_signed_response_alg: 'RS256',
  }],
  jwks: { keys: [signingKey] },
  cookies: {
    keys: [crypto.randomBytes(32).toString('base64url')], // signs cookies (<name>.sig)
    // Cookies ignore ports: prefixed names cannot collide with the app's cookies on 127.0.0.1.
    names: { session: 'oidc_session', interaction: 'oidc_interaction', resume: 'oidc_interaction_resume' },
  },
  clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
  responseTypes: ['code'],
  pkce: { required: () => true }, // S256 is the only method oidc-provider accepts
  scopes: ['openid', 'email', 'profile'],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name'],
  },
  // Put the granted scope claims (email, name) into the ID token, not only userinfo.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false } },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  ttl: {
    AuthorizationCode: codeTtl,
    AccessToken: 3600,
    IdToken: 3600,
    Interaction: 600,
    Session: 3600,
    Grant: 3600,
  },
  async findAccount(ctx, sub) {
    return {
      accountId: sub,
      async claims() {
        return {
          sub,
          email: `${sub}@example.org`,
          email_verified: sub !== 'unverified',
          name: sub,
        };
      },
    };
  },
};

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function readForm(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

// Minimal no-JavaScript interaction routes:
//   GET  /interaction/:uid        HTML form
//   POST /interaction/:uid/login  login=<name>; logs in and grants the requested scopes
//   POST /interaction/:uid/abort  finishes with error=access_denied
async function interaction(op, req, res, uid) {
  let details;
  try {
    details = await op.interactionDetails(req, res);
  } catch (err) {
    // e.g. missing/expired _interaction cookie (SessionNotFound)
    return send(res, 400, 'text/plain', `interaction error: ${err.error ?? err.name}: ${err.error_description ?? err.message}\n`);
  }
  if (details.uid !== uid) return send(res, 400, 'text/plain', 'interaction uid mismatch\n');

  if (req.method === 'GET' && !req.action) {
    return send(res, 200, 'text/html; charset=utf-8', `<!doctype html>
<title>Sign in</title>
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
  <input name="login" placeholder="login name" autofocus>
  <button type="submit">Sign in</button>
</form>
<form method="post" action="/interaction/${escapeHtml(uid)}/abort">
  <button type="submit">Deny</button>
</form>
`);
  }

  if (req.method === 'POST' && req.action === 'login') {
    const login = (await readForm(req)).get('login');
    if (!login) return send(res, 400, 'text/plain', 'login is required\n');
    const grant = new op.Grant({ accountId: login, clientId: details.params.client_id });
    grant.addOIDCScope(details.params.scope);
    const grantId = await grant.save();
    return op.interactionFinished(req, res, {
      login: { accountId: login },
      consent: { grantId },
    }, { mergeWithLastSubmission: false });
  }

  if (req.method === 'POST' && req.action === 'abort') {
    return op.interactionFinished(req, res, {
      error: 'access_denied',
      error_description: 'End-User aborted interaction',
    }, { mergeWithLastSubmission: false });
  }

  return send(res, 405, 'text/plain', 'method not allowed\n');
}

// The issuer must carry the real port, known only after listen() when OIDC_PORT=0:
// listen first, then build the provider and route requests to it.
let handle;
const server = http.createServer((req, res) => handle(req, res));
server.listen(port, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const op = new Provider(issuer, configuration); // op.proxy stays false: plain http, no X-Forwarded-*
  // Why a request failed (e.g. "authorization code is expired") goes to stderr.
  for (const event of ['authorization.error', 'grant.error', 'userinfo.error', 'server_error']) {
    op.on(event, (ctx, err) => {
      const detail = err.error_detail ?? err.cause?.message ?? err.error_description ?? err.message;
      console.error(`${event}: ${err.error ?? err.name}: ${detail}`);
    });
  }
  const callback = op.callback();
  handle = (req, res) => {
    const m = /^\/interaction\/([^/?]+)(?:\/(login|abort))?(?:\?.*)?$/.exec(req.url);
    if (!m) return callback(req, res);
    req.action = m[2];
    return interaction(op, req, res, m[1]).catch((err) => {
      console.error(err);
      if (!res.headersSent) send(res, 500, 'text/plain', 'internal error\n');
    });
  };
  process.stdout.write(`OIDC provider listening on ${issuer}\n`);
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
