"""Run a command on a pseudo-terminal and answer its prompts, as a person at a terminal would.

    python3 terminal.py STEPS_JSON COMMAND [ARG...]

STEPS_JSON is a list of {"expect": regex, "send": [chunk, ...]}: wait until the screen text (escape
sequences removed) shows `expect` after the previous match, then type each chunk, a moment apart.
Prints everything the command wrote (escape sequences removed) and exits with the command's code;
124 when an expected text did not come within the time limit.
"""
import fcntl
import json
import os
import pty
import re
import select
import struct
import sys
import termios
import time

ESCAPES = re.compile(r'\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][0-9A-Za-z]|\x1b[=>78]')
STEP_SECONDS = 30


def main() -> int:
    steps = json.loads(sys.argv[1])
    argv = sys.argv[2:]
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 50, 160, 0, 0))
        os.execvp(argv[0], argv)
    raw = b''

    def read(timeout: float) -> bool:
        nonlocal raw
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        raw += chunk
        return True

    def screen() -> str:
        return ESCAPES.sub('', raw.decode('utf-8', 'replace')).replace('\r', '')

    position = 0
    for step in steps:
        pattern = re.compile(step['expect'])
        deadline = time.time() + STEP_SECONDS
        while True:
            found = pattern.search(screen(), position)
            if found:
                position = found.end()
                break
            if time.time() > deadline or not read(0.1):
                sys.stdout.write(screen())
                sys.stderr.write(f'terminal.py: no {step["expect"]!r} on the screen\n')
                os.kill(pid, 9)
                os.waitpid(pid, 0)
                return 124
        for chunk in step['send']:
            time.sleep(0.15)
            os.write(fd, chunk.encode('utf-8'))
    deadline = time.time() + STEP_SECONDS
    while time.time() < deadline and read(0.1):
        pass
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(screen())
    return os.waitstatus_to_exitcode(status)


if __name__ == '__main__':
    sys.exit(main())
