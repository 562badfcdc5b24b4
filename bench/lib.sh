# What the benchmark scripts share; each sources it after setting root.

# port_free NAME PORT: stops the script NAME when something already
# listens on 127.0.0.1:PORT (a server left over would answer instead).
port_free() {
  if (exec 3<>/dev/tcp/127.0.0.1/"$2") 2>/dev/null; then
    echo "$1: 127.0.0.1:$2 is taken; stop what listens there" >&2
    exit 1
  fi
}

# wait_http NAME URL [SECONDS]: polls URL until it answers, for SECONDS
# (60 unless given); stops the script NAME when it never does.
wait_http() {
  local deadline=$((SECONDS + ${3:-60}))
  until curl -s -o /dev/null "$2"; do
    if [ $SECONDS -ge $deadline ]; then echo "$1: $2 did not answer" >&2; exit 1; fi
    sleep 0.3
  done
}
