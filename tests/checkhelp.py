#!/usr/bin/env python3
"""Every command `aantafel-cli --help` lists has its own help (`aantafel-cli COMMAND --help`), a
section in the man page and a row in the README's command table. Usage: checkhelp.py CLI MANPAGE README"""
import re
import subprocess
import sys

cli, manpage, readme = sys.argv[1:4]
env = {"QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"}
overview = subprocess.run([cli, "--help"], capture_output=True, text=True, env=env)
commands = re.findall(r"^  ([a-z]+)\b", overview.stdout, re.MULTILINE)
problems = []
if overview.returncode != 0 or len(commands) < 10:
    problems.append("aantafel-cli --help lists no commands (exit %d)" % overview.returncode)
man = open(manpage, encoding="utf-8").read()
readme_text = open(readme, encoding="utf-8").read()
for command in commands:
    one = subprocess.run([cli, command, "--help"], capture_output=True, text=True, env=env)
    if one.returncode != 0 or not one.stdout.startswith("Gebruik: aantafel-cli " + command):
        problems.append("aantafel-cli %s --help does not show the command's help" % command)
    if not re.search(r"^\.SS %s\b" % command, man, re.MULTILINE):
        problems.append("the man page %s has no section (.SS %s) for the command" % (manpage, command))
    if "`aantafel-cli %s " % command not in readme_text:
        problems.append("the README's command table has no row for aantafel-cli %s" % command)
for problem in problems:
    print(problem)
print("%d commands checked" % len(commands))
sys.exit(1 if problems else 0)
