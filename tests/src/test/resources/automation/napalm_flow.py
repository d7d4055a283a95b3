"""NAPALM's ios driver's replace/compare/commit/rollback, step by step with Netmiko (NAPALM is not in
Debian): the same commands in the same order, checked as NAPALM checks their output.

Usage: napalm_flow.py PORT USER PASSWORD WORKDIR
Prints one line per step ("ok STEP" or "FAIL STEP: why") and exits 1 on the first failure.
"""
import os
import re
import sys

from netmiko import ConnectHandler, file_transfer


def main():
    port, user, password, work = sys.argv[1:5]

    def step(name, ok, why=""):
        print(("ok " if ok else "FAIL ") + name + ("" if ok else ": " + str(why)), flush=True)
        if not ok:
            sys.exit(1)

    def clean_diff(text):
        # napalm's _normalize_compare_config
        return "\n".join(l for l in text.splitlines()
                         if l.strip() and "Contextual Config Diffs" not in l and "No changes were found" not in l)

    def failed(output):
        # napalm's commit_config checks
        return ("original configuration has been successfully restored" in output or "error" in output.lower()
                or "not a valid config file" in output.lower() or "failed" in output.lower())

    conn = ConnectHandler(device_type="cisco_ios", host="127.0.0.1", port=int(port), username=user,
                          password=password, timeout=30, banner_timeout=20, auth_timeout=20, fast_cli=False)
    step("connect", conn.find_prompt().endswith("#"), repr(conn.find_prompt()))
    out = conn.send_config_set(["file prompt quiet", "archive", "path flash:archive", "write-memory"])
    step("file prompt quiet, archive", "Invalid" not in out, out)

    running = conn.send_command("show running-config")
    step("show running-config", "hostname SITE-A" in running, running[:200])
    body = running[running.index("!"):]
    candidate = body.replace("\nend", "\ninterface Loopback99\n description napalm candidate\n"
                             " ip address 10.99.99.99 255.255.255.255\n!\nend", 1)
    local = os.path.join(work, "candidate_config.txt")
    with open(local, "w") as f:
        f.write(candidate)
    r = file_transfer(conn, source_file=local, dest_file="candidate_config.txt", file_system="flash:",
                      direction="put", overwrite_file=True)
    step("load_replace_candidate (scp)", r.get("file_verified"), r)

    diff = clean_diff(conn.send_command(
        "show archive config differences system:running-config flash:candidate_config.txt"))
    step("compare_config", "+interface Loopback99" in diff and "+description napalm candidate" in diff
         and "\n-" not in "\n" + diff, diff)

    out = conn.send_command_timing("copy running-config flash:rollback_config.txt")
    step("rollback file", "bytes copied" in out, out)
    out = conn.send_command_timing("configure replace flash:candidate_config.txt force revert trigger error",
                                   delay_factor=4)
    step("commit_config (configure replace)", "Rollback Done" in out and not failed(out), out)
    out = conn.send_command("show running-config interface Loopback99")
    step("candidate running", "napalm candidate" in out, out)
    out = conn.save_config()
    step("save_config", "[OK]" in out, out)
    diff = clean_diff(conn.send_command(
        "show archive config differences system:running-config flash:candidate_config.txt"))
    step("compare_config after commit is empty", diff == "", diff)
    out = conn.send_command("show archive")
    step("write-memory archived", re.search(r"flash:archive-\d+ <- Most Recent", out), out)

    out = conn.send_command_timing("configure replace flash:rollback_config.txt force", delay_factor=4)
    step("rollback", "Rollback Done" in out and not failed(out), out)
    out = conn.send_command("show running-config | include Loopback99|napalm")
    step("rolled back", "Loopback99" not in out and "napalm" not in out, out)
    diff = clean_diff(conn.send_command(
        "show archive config differences system:running-config flash:rollback_config.txt"))
    step("running equals the rollback file", diff == "", diff)
    conn.disconnect()
    step("disconnect", True)


if __name__ == "__main__":
    main()
