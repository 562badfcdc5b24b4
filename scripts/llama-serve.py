"""llama.cpp's native HTTP server (the C++ server of llama-server, with its
OpenAI-compatible /v1/chat/completions, json_schema by grammar, streaming and
/health), run in-process through the xllamacpp wheel: the wheel ships it
prebuilt, so nothing is compiled. scripts/llama-server runs this from the venv
it creates; it serves until SIGTERM or SIGINT.

usage: python llama-serve.py MODEL.gguf PORT CTX THREADS ALIAS
"""
import signal
import sys
import threading

import xllamacpp


def main():
    if len(sys.argv) != 6:
        sys.exit(__doc__.strip().splitlines()[-1])
    model, port, ctx, threads, alias = sys.argv[1:]
    p = xllamacpp.CommonParams()
    p.model.path = model
    p.model_alias = {alias}
    p.hostnames = ["127.0.0.1"]
    p.port = int(port)
    p.n_ctx = int(ctx)
    # One slot: requests wait their turn, so a test can tell whether an
    # abandoned answer is still being generated (it would hold the slot).
    p.n_parallel = 1
    # The server notices a closed connection between batches: a prompt is
    # read 128 tokens at a time (not 512), so an abandoned request frees the
    # slot within a second on an idle machine, a few on a busy one.
    p.n_batch = 128
    p.n_ubatch = 128
    p.cpuparams.n_threads = int(threads)
    p.cpuparams_batch.n_threads = int(threads)
    p.use_jinja = True  # the GGUF's own chat template, which json_schema requests need
    p.ui = False
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    server = xllamacpp.Server(p)  # loads the model and listens; raises if it cannot
    print("llama-serve: listening on", server.listening_address, flush=True)
    stop.wait()


if __name__ == "__main__":
    main()
