"""Netmiko's file_transfer (SCP put, then get) against a router's flash:, as NAPALM and users do.

Usage: netmiko_transfer.py PORT USER PASSWORD LOCAL_FILE REMOTE_NAME GOT_FILE
Prints one line per step ("ok STEP" or "FAIL STEP: why") and exits 1 on the first failure.
"""
import sys

from netmiko import ConnectHandler, file_transfer


def main():
    port, user, password, local, remote, got = sys.argv[1:7]

    def step(name, ok, why=""):
        print(("ok " if ok else "FAIL ") + name + ("" if ok else ": " + str(why)), flush=True)
        if not ok:
            sys.exit(1)

    conn = ConnectHandler(device_type="cisco_ios", host="127.0.0.1", port=int(port), username=user,
                          password=password, timeout=20, banner_timeout=20, auth_timeout=20, fast_cli=False)
    step("connect", conn.find_prompt().endswith("#"), repr(conn.find_prompt()))
    r = file_transfer(conn, source_file=local, dest_file=remote, file_system="flash:", direction="put",
                      overwrite_file=True)
    step("put transferred", r.get("file_transferred") and r.get("file_verified"), r)
    r = file_transfer(conn, source_file=local, dest_file=remote, file_system="flash:", direction="put",
                      overwrite_file=True)
    step("put again: already there", r.get("file_exists") and not r.get("file_transferred")
         and r.get("file_verified"), r)
    out = conn.send_command("dir flash:")
    step("dir lists it", remote in out, out)
    r = file_transfer(conn, source_file=remote, dest_file=got, file_system="flash:", direction="get",
                      overwrite_file=True)
    step("get transferred", r.get("file_transferred") and r.get("file_verified"), r)
    conn.disconnect()
    step("disconnect", True)


if __name__ == "__main__":
    main()
