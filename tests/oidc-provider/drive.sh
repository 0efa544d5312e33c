#!/usr/bin/env bash
# Proves the provider works for a browserless client: authorization code + PKCE
# driven with curl and a cookie jar, plus the error paths. Needs node, curl, jq, openssl.
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --silent

CLIENT_ID=plaza-test
CLIENT_SECRET=plaza-test-secret
REDIRECT_URI=http://127.0.0.1:9/auth/callback   # nothing listens there: we stop at Location
TMP=$(mktemp -d)
PID=
PASS=0
FAIL=0
exec 3>&1   # authorize() prints its trace here; its stdout is captured
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT

check() { # check <description> <command...>
  local what=$1; shift
  if "$@"; then PASS=$((PASS + 1)); echo "ok   $what"; else FAIL=$((FAIL + 1)); echo "FAIL $what"; fi
}
log() { echo "     $*"; }
urlenc() { jq -rn --arg v "$1" '$v|@uri'; }
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
query_param() { # query_param <url> <name>
  local q=${1#*\?}; tr '&' '\n' <<<"$q" | sed -n "s/^$2=//p" | head -1 | sed 's/+/ /g;s/%\([0-9A-Fa-f][0-9A-Fa-f]\)/\\x\1/g' | xargs -0 printf '%b'
}
provider_said() { grep -q "$1" "$TMP/stderr" && log "provider stderr: $(grep "$1" "$TMP/stderr" | tail -1)"; }
jwt_payload() { local p; p=$(cut -d. -f2 <<<"$1" | tr '_-' '/+'); while [ $(( ${#p} % 4 )) -ne 0 ]; do p+='='; done; base64 -d <<<"$p"; }

start_provider() { # start_provider <ttl_auth_code>
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  OIDC_PORT=0 OIDC_CLIENT_ID=$CLIENT_ID OIDC_CLIENT_SECRET=$CLIENT_SECRET OIDC_REDIRECT_URI=$REDIRECT_URI \
    OIDC_TTL_AUTH_CODE=$1 node provider.mjs >"$TMP/stdout" 2>"$TMP/stderr" &
  PID=$!
  for _ in $(seq 100); do grep -q '^OIDC provider listening on ' "$TMP/stdout" && break; sleep 0.1; done
  ISSUER=$(sed -n 's/^OIDC provider listening on //p' "$TMP/stdout")
  [ -n "$ISSUER" ] || { cat "$TMP/stderr"; echo "provider did not start"; exit 1; }
  echo "---- provider started (OIDC_TTL_AUTH_CODE=$1): $(cat "$TMP/stdout")"
}

# authorize <jar> <login-name|ABORT> <state> <nonce> <code_challenge|NONE>
# Runs the front-channel part like a browser without JS; prints the final Location
# (the redirect to REDIRECT_URI).
authorize() {
  local jar=$1 login=$2 state=$3 nonce=$4 challenge=$5 url loc
  local c=(curl -sS -o /dev/null -c "$jar" -b "$jar" -w '%{http_code} %{redirect_url}')
  url="$ISSUER/auth?response_type=code&client_id=$(urlenc "$CLIENT_ID")&redirect_uri=$(urlenc "$REDIRECT_URI")"
  url+="&scope=$(urlenc 'openid email profile')&state=$state&nonce=$nonce"
  [ "$challenge" = NONE ] || url+="&code_challenge=$challenge&code_challenge_method=S256"
  read -r status loc < <("${c[@]}" "$url")
  log "GET  /auth?...                         -> $status Location: ${loc#"$ISSUER"}" >&3
  if [[ $loc != "$ISSUER"/interaction/* ]]; then echo "$loc"; return; fi
  read -r status _ < <("${c[@]}" "$loc")
  log "GET  ${loc#"$ISSUER"}  -> $status (login form)" >&3
  if [ "$login" = ABORT ]; then
    read -r status loc < <("${c[@]}" -X POST -d '' "$loc/abort")
    log "POST /interaction/<uid>/abort           -> $status Location: $loc" >&3
  else
    read -r status loc < <("${c[@]}" --data-urlencode "login=$login" "$loc/login")
    log "POST /interaction/<uid>/login login=$login -> $status Location: $loc" >&3
  fi
  read -r status url < <("${c[@]}" "$loc")
  log "GET  /auth/<uid>                        -> $status Location: $url" >&3
  echo "$url"
}

# token <code> <verifier> basic|post ; writes body to $TMP/token.json, prints HTTP status
token() {
  local auth=(-u "$CLIENT_ID:$CLIENT_SECRET")
  [ "$3" = post ] && auth=(--data-urlencode "client_id=$CLIENT_ID" --data-urlencode "client_secret=$CLIENT_SECRET")
  curl -sS -o "$TMP/token.json" -w '%{http_code}' "${auth[@]}" \
    -d grant_type=authorization_code --data-urlencode "code=$1" \
    --data-urlencode "redirect_uri=$REDIRECT_URI" --data-urlencode "code_verifier=$2" "$ISSUER/token"
}

new_verifier() { openssl rand 32 | b64url; }
challenge_of() { printf %s "$1" | openssl dgst -sha256 -binary | b64url; }

verify_sig() { # verify_sig <jwt> : RS256 signature against the provider's JWKS
  curl -sS "$ISSUER/jwks" >"$TMP/jwks.json"
  node -e '
    const crypto = require("node:crypto"); const fs = require("node:fs");
    const [h, p, s] = process.argv[1].split(".");
    const header = JSON.parse(Buffer.from(h, "base64url"));
    const jwk = JSON.parse(fs.readFileSync(process.argv[2])).keys.find((k) => k.kid === header.kid);
    const ok = header.alg === "RS256" && jwk && crypto.verify("sha256", Buffer.from(`${h}.${p}`),
      crypto.createPublicKey({ key: jwk, format: "jwk" }), Buffer.from(s, "base64url"));
    process.exit(ok ? 0 : 1);' "$1" "$TMP/jwks.json"
}

start_provider 60

echo "== discovery"
curl -sS "$ISSUER/.well-known/openid-configuration" >"$TMP/disco.json"
jq -c '{issuer, authorization_endpoint, token_endpoint, jwks_uri, code_challenge_methods_supported, token_endpoint_auth_methods_supported, id_token_signing_alg_values_supported, scopes_supported}' "$TMP/disco.json"
check "discovery issuer is $ISSUER" test "$(jq -r .issuer "$TMP/disco.json")" = "$ISSUER"
check "JWKS has one RS256 signing key" test "$(curl -sS "$ISSUER/jwks" | jq -r '[.keys[] | select(.kty=="RSA" and .alg=="RS256" and .use=="sig")] | length')" = 1

echo "== happy path: login 'alice', client_secret_basic"
V=$(new_verifier)
LOC=$(authorize "$TMP/jar1" alice st-alice n-alice "$(challenge_of "$V")")
CODE=$(query_param "$LOC" code)
check "redirected to REDIRECT_URI" test "${LOC%%\?*}" = "$REDIRECT_URI"
check "state round-trips" test "$(query_param "$LOC" state)" = st-alice
check "iss parameter is the issuer" test "$(query_param "$LOC" iss)" = "$ISSUER"
check "code present" test -n "$CODE"
STATUS=$(token "$CODE" "$V" basic)
log "POST /token (Basic auth)                -> $STATUS $(jq -c '{token_type, expires_in, scope, has_access_token: (.access_token != null), has_id_token: (.id_token != null)}' "$TMP/token.json")"
check "token endpoint 200" test "$STATUS" = 200
IDT=$(jq -r .id_token "$TMP/token.json")
jwt_payload "$IDT" >"$TMP/claims.json"
log "id_token header: $(jwt_payload "x.$(cut -d. -f1 <<<"$IDT")" | jq -c '{alg, typ, kid: (.kid != null)}')"
log "id_token claims: $(jq -c 'del(.at_hash)' "$TMP/claims.json")"
check "id_token RS256 signature verifies against /jwks" verify_sig "$IDT"
check "id_token nonce" test "$(jq -r .nonce "$TMP/claims.json")" = n-alice
check "id_token sub/name = alice" test "$(jq -r '.sub + "," + .name' "$TMP/claims.json")" = alice,alice
check "id_token email" test "$(jq -r .email "$TMP/claims.json")" = alice@example.org
check "id_token email_verified true" test "$(jq -r .email_verified "$TMP/claims.json")" = true
check "id_token iss/aud" test "$(jq -r '.iss + " " + .aud' "$TMP/claims.json")" = "$ISSUER $CLIENT_ID"

echo "== second use of the same code"
STATUS=$(token "$CODE" "$V" basic)
log "POST /token (same code again)           -> $STATUS $(cat "$TMP/token.json")"
check "reused code rejected: 400 invalid_grant" test "$STATUS $(jq -r .error "$TMP/token.json")" = "400 invalid_grant"
check "  because it was already used" provider_said 'grant.error: invalid_grant: authorization code already consumed'

echo "== login 'unverified', client_secret_post"
V=$(new_verifier)
LOC=$(authorize "$TMP/jar2" unverified st-u n-u "$(challenge_of "$V")")
STATUS=$(token "$(query_param "$LOC" code)" "$V" post)
log "POST /token (client_secret in body)     -> $STATUS"
check "token endpoint 200 with client_secret_post" test "$STATUS" = 200
jwt_payload "$(jq -r .id_token "$TMP/token.json")" >"$TMP/claims.json"
log "id_token claims: $(jq -c '{sub, email, email_verified, nonce}' "$TMP/claims.json")"
check "unverified: email_verified false" test "$(jq -r .email_verified "$TMP/claims.json")" = false

echo "== wrong code_verifier"
V=$(new_verifier)
LOC=$(authorize "$TMP/jar3" bob st-b n-b "$(challenge_of "$V")")
STATUS=$(token "$(query_param "$LOC" code)" "$(new_verifier)" basic)
log "POST /token (other verifier)            -> $STATUS $(cat "$TMP/token.json")"
check "wrong verifier: 400 invalid_grant" test "$STATUS $(jq -r .error "$TMP/token.json")" = "400 invalid_grant"
check "  because of PKCE" provider_said 'grant.error: invalid_grant: code_verifier does not match code_challenge'

echo "== wrong client secret"
STATUS=$(curl -sS -o "$TMP/token.json" -w '%{http_code}' -u "$CLIENT_ID:nope" -d grant_type=authorization_code -d code=x \
  --data-urlencode "redirect_uri=$REDIRECT_URI" -d code_verifier=x "$ISSUER/token")
log "POST /token (bad secret)                -> $STATUS $(cat "$TMP/token.json")"
check "bad secret: 401 invalid_client" test "$STATUS $(jq -r .error "$TMP/token.json")" = "401 invalid_client"

echo "== no PKCE"
LOC=$(authorize "$TMP/jar4" carol st-c n-c NONE)
check "no code_challenge: error=invalid_request at REDIRECT_URI" test "${LOC%%\?*} $(query_param "$LOC" error) $(query_param "$LOC" state)" = "$REDIRECT_URI invalid_request st-c"

echo "== user denies (abort)"
LOC=$(authorize "$TMP/jar5" ABORT st-deny n-deny "$(challenge_of "$(new_verifier)")")
check "abort: error=access_denied + state at REDIRECT_URI" test "${LOC%%\?*} $(query_param "$LOC" error) $(query_param "$LOC" state)" = "$REDIRECT_URI access_denied st-deny"
check "abort: no code" test -z "$(query_param "$LOC" code)"

echo "== expired code"
start_provider 1
V=$(new_verifier)
LOC=$(authorize "$TMP/jar6" dave st-d n-d "$(challenge_of "$V")")
log "sleep 2"
sleep 2
STATUS=$(token "$(query_param "$LOC" code)" "$V" basic)
log "POST /token (code older than TTL)       -> $STATUS $(cat "$TMP/token.json")"
check "expired code: 400 invalid_grant" test "$STATUS $(jq -r .error "$TMP/token.json")" = "400 invalid_grant"
check "  because it expired" provider_said 'grant.error: invalid_grant: authorization code is expired'

check "provider stdout is exactly the one listening line" test "$(wc -l <"$TMP/stdout")" = 1

echo
echo "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
