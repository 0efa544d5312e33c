#!/bin/sh
# Rebuilds the C test entries. The .wasm files are committed so that the
# tests never need a guest toolchain. On Debian 12:
#   apt-get install -y --no-install-recommends clang lld wasi-libc libclang-rt-14-dev-wasm32
# (`--target=wasm32-wasip1` does not exist in clang 14; wasm32-wasi is preview 1.)
set -eu
cd "$(dirname "$0")"
for prog in predict malloc_bomb snoop; do
    clang --target=wasm32-wasi -O2 -Wl,--strip-all "$prog.c" -o "$prog.wasm"
done
