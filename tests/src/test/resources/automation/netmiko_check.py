"""Drives a router's SSH console with Netmiko as an automation user would.

Usage: netmiko_check.py PORT USER PASSWORD SECRET
Prints one line per step ("ok STEP" or "FAIL STEP: why") and exits 1 on the first failure.
"""
import sys
import time

from netmiko import ConnectHandler


def main():
    port, user, password, secret = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    t0 = time.monotonic()

    def step(name, ok, why=""):
        print(("ok " if ok else "FAIL ") + name + ("" if ok else ": " + why)
              + " (%.1f s)" % (time.monotonic() - t0), flush=True)
        if not ok:
            sys.exit(1)

    conn = ConnectHandler(device_type="cisco_ios", host="127.0.0.1", port=int(port), username=user,
                          password=password, secret=secret, timeout=20, banner_timeout=20, auth_timeout=20,
                          fast_cli=False)
    step("connect", conn.find_prompt().endswith(">"), repr(conn.find_prompt()))
    conn.enable()
    step("enable", conn.check_enable_mode() and conn.find_prompt().endswith("#"), repr(conn.find_prompt()))
    out = conn.send_command("show version")
    step("send_command show version", "Cisco IOS Software" in out and "Configuration register" in out, out[:300])
    out = conn.send_command("show ip interface brief")
    step("send_command show ip interface brief", "GigabitEthernet0/0" in out, out[:300])
    out = conn.send_config_set(["interface Loopback42", "description set by netmiko",
                                "ip address 10.42.42.42 255.255.255.255"])
    step("send_config_set", "Invalid input" not in out and "(config-if)#" in out, out)
    step("config mode left", conn.find_prompt().endswith("#") and "(config" not in conn.find_prompt(),
         repr(conn.find_prompt()))
    out = conn.send_command("show running-config | include set by netmiko")
    step("change visible", "description set by netmiko" in out, out)
    out = conn.save_config()
    step("save_config", "[OK]" in out, out)
    conn.disconnect()
    step("disconnect", True)


if __name__ == "__main__":
    main()
