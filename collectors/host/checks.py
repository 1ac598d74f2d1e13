"""What the host collector reads, declared as data.

A :class:`Probe` says what to read on a host: a command, a file, the files matching
globs, the names matching globs, or the mode of files. A :class:`Fact` says which
field (a top-level "fact group" of the ``host`` resource) is filled from which probes
and by which parser (``collectors.host.parsers``). Policies in ``policies/host/`` judge
the facts; nothing here decides pass or fail.

A probe marked ``root`` needs root: it runs through ``sudo -n`` when the host is
configured with ``sudo: true``, and becomes an error for the facts it feeds when the
login user is not root and sudo is not allowed. The fact group is also the ``field``
of an inventory error, so a probe that cannot be read turns exactly the controls
whose ``evidence`` names that group into ``error``.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Exit statuses a probe reports itself (see ``runners.SCRIPT_HEADER``).
RC_ABSENT = 44  #: file does not exist
RC_UNREADABLE = 45  #: file exists but cannot be read
RC_NO_SUDO = 76  #: probe needs root, sudo is allowed for the host but not installed
RC_NEEDS_ROOT = 77  #: probe needs root, login user is not root and sudo is off
RC_NO_SYSTEMD = 78  #: systemd is not the running init, unit states are unknown
RC_TIMEOUT = 124  #: ``timeout`` killed the command
RC_NOT_FOUND = 127  #: the command is not installed

KINDS = ("cmd", "file", "files", "list", "stat")


@dataclass(frozen=True)
class Probe:
    """One thing to read on a host.

    kind: ``cmd`` (a shell command; stdout is the fact source), ``file`` (one file's
    text), ``files`` (the text of every file matching the space-separated globs),
    ``list`` (the paths matching the globs), ``stat`` (octal mode, owner uid and group
    gid of each path).
    """

    name: str
    kind: str
    target: str
    root: bool = False
    ok_rc: tuple[int, ...] = (0,)  #: command exit statuses that carry facts

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"probe {self.name}: unknown kind {self.kind}")


@dataclass(frozen=True)
class Fact:
    """A fact group of the ``host`` resource, parsed from one or more probes."""

    group: str
    probes: tuple[str, ...]
    parser: str  #: name of a function in ``collectors.host.parsers``


#: Packages whose presence some control reads (the rest of the package list is dropped).
PACKAGES_OF_INTEREST = (
    "auditd", "audit", "aide", "tripwire", "samhain", "ossec-hids", "wazuh-agent",
    "clamav", "clamav-daemon", "clamd", "clamav-server", "sophos-av", "falcon-sensor",
    "mdatp", "sentinelagent", "unattended-upgrades", "dnf-automatic", "yum-cron",
    "telnetd", "inetutils-telnetd", "telnet-server", "rsh-server", "rsh-redone-server",
    "tftpd", "tftpd-hpa", "atftpd", "tftp-server", "vsftpd", "proftpd-basic", "pure-ftpd",
    "nis", "ypserv", "rsyslog", "systemd-journal-remote", "audispd-plugins", "chrony", "ntp",
    "ntpsec", "systemd-timesyncd", "libpam-pwquality", "libpwquality",
    "telnet", "inetutils-telnet", "talk", "inetutils-talk", "rsh-client", "rsh", "rsh-redone-client", "ypbind",
    "syslog-ng", "syslog-ng-core",
)

#: systemd units whose enabled/active state some control reads.
UNITS_OF_INTEREST = (
    "auditd.service", "rsyslog.service", "systemd-journal-upload.service",
    "chronyd.service", "chrony.service", "systemd-timesyncd.service", "ntp.service",
    "ntpd.service", "ntpsec.service", "firewalld.service", "ufw.service", "nftables.service",
    "aidecheck.timer", "dailyaidecheck.timer", "dnf-automatic.timer",
    "dnf-automatic-install.timer", "unattended-upgrades.service", "apt-daily-upgrade.timer",
    "clamav-daemon.service", "clamd@scan.service", "falcon-sensor.service", "mdatp.service",
    "wazuh-agent.service", "telnet.socket", "tftp.socket", "vsftpd.service", "rsh.socket",
    "rlogin.socket", "rexec.socket", "syslog-ng.service", "systemd-journald.service", "ctrl-alt-del.target",
    "debug-shell.service", "kdump.service", "kdump-tools.service",
)

_UNITS = " ".join(UNITS_OF_INTEREST)

#: sshd's effective configuration: ``sshd -T``. When the configuration has ``Match`` blocks, also
#: ``sshd -T -C`` for connection contexts (root and an unprivileged user from an outside
#: address, on every port sshd listens on, with the local address and port so that ``Match
#: LocalPort``/``LocalAddress`` blocks resolve), each after a ``#context`` line; plain ``sshd -T``
#: refuses a config with ``Match LocalPort`` ("lport not in connection test specification"), so
#: then the global settings come from the unprivileged context on port 22. ``{conf}`` is
#: ``-f PATH`` for another config file, ``{files}`` the files searched for ``Match``.
SSHD_SCRIPT = (
    "hs_c=host=unknown.invalid,addr=203.0.113.7,laddr=0.0.0.0; "
    "if grep -qis '^[[:space:]]*match[[:space:]]' {files}; then "
    "hs_b=$(sshd -T {conf} -C \"user=hipaa-scan-nobody,$hs_c,lport=22\" 2>/dev/null) || "
    "{{ hs_rc=$?; sshd -T {conf} -C \"user=hipaa-scan-nobody,$hs_c,lport=22\" >/dev/null; exit $hs_rc; }}; "
    "printf '%s\\n' \"$hs_b\"; "
    "for hs_p in $(printf '%s\\n' \"$hs_b\" | sed -n 's/^port //p' | sort -u); do "
    "for hs_u in root hipaa-scan-nobody; do "
    "[ \"$hs_u,$hs_p\" = hipaa-scan-nobody,22 ] && continue; "
    "hs_x=\"user=$hs_u,$hs_c,lport=$hs_p\"; "
    "echo \"#context $hs_x\"; sshd -T {conf} -C \"$hs_x\" 2>&1 || echo \"#failed $?\"; done; done; "
    "else sshd -T {conf}; fi"
)
SSHD_FILES = "/etc/ssh/sshd_config /etc/ssh/sshd_config.d/*.conf"

PROBES: tuple[Probe, ...] = (
    Probe("os_release", "files", "/etc/os-release /usr/lib/os-release"),
    Probe("uname", "cmd", "uname -r"),
    Probe("kernels", "list", "/boot/vmlinuz-*"),
    Probe("reboot_flag", "list", "/var/run/reboot-required /run/reboot-required"),
    Probe("needs_restarting", "cmd", "needs-restarting -r", ok_rc=(0, 1, 127)),
    Probe("sshd", "cmd", SSHD_SCRIPT.format(conf="", files=SSHD_FILES), root=True),
    Probe("ssh_files", "stat", "/etc/ssh/sshd_config /etc/ssh/ssh_host_*_key"),
    Probe("shell_rc", "files", "/etc/profile /etc/profile.d/*.sh /etc/bash.bashrc /etc/bashrc"),
    Probe("packages", "cmd",
          "if command -v dpkg-query >/dev/null 2>&1; then "
          "dpkg-query -W -f='${Package}\\t${db:Status-Abbrev}\\n'; "
          "elif command -v rpm >/dev/null 2>&1; then rpm -qa --qf '%{NAME}\\tii \\n'; "
          "else exit 127; fi"),
    Probe("units", "cmd",
          f"[ -d /run/systemd/system ] || exit 78; systemctl show -p Id -p UnitFileState -p ActiveState -- {_UNITS}"),
    Probe("audit_rules", "files", "/etc/audit/rules.d/*.rules /etc/audit/audit.rules", root=True),
    Probe("auditctl", "cmd", "auditctl -l", root=True, ok_rc=(0, 127)),
    Probe("auditctl_status", "cmd", "auditctl -s", root=True, ok_rc=(0, 127)),
    Probe("auditd_conf", "file", "/etc/audit/auditd.conf", root=True),
    Probe("cmdline", "file", "/proc/cmdline"),
    Probe("audit_log_stat", "stat", "/var/log/audit /var/log/audit/audit.log", root=True),
    Probe("rsyslog", "files", "/etc/rsyslog.conf /etc/rsyslog.d/*.conf"),
    Probe("journal_upload", "files",
          "/etc/systemd/journal-upload.conf /etc/systemd/journal-upload.conf.d/*.conf"),
    Probe("audisp_remote", "files",
          "/etc/audit/plugins.d/au-remote.conf /etc/audisp/plugins.d/au-remote.conf "
          "/etc/audit/audisp-remote.conf /etc/audisp/audisp-remote.conf "
          "/etc/audit/plugins.d/syslog.conf /etc/audisp/plugins.d/syslog.conf", root=True),
    Probe("journald", "files", "/etc/systemd/journald.conf /etc/systemd/journald.conf.d/*.conf"),
    Probe("journal_dir", "stat", "/var/log/journal"),
    Probe("pwquality", "files", "/etc/security/pwquality.conf /etc/security/pwquality.conf.d/*.conf"),
    Probe("pam", "files", "/etc/pam.d/*"),
    Probe("pwhistory_conf", "files", "/etc/security/pwhistory.conf"),
    Probe("faillock_conf", "files", "/etc/security/faillock.conf"),
    Probe("login_defs", "file", "/etc/login.defs"),
    Probe("passwd", "file", "/etc/passwd"),
    Probe("group", "file", "/etc/group"),
    Probe("etc_stat", "stat", "/etc/passwd /etc/group"),
    Probe("rsh_trust", "list", "/etc/hosts.equiv /etc/shosts.equiv /home/*/.rhosts /home/*/.shosts", root=True),
    Probe("useradd", "file", "/etc/default/useradd"),
    Probe("shadow", "file", "/etc/shadow", root=True),
    Probe("shadow_stat", "stat", "/etc/shadow /etc/gshadow"),
    Probe("sudoers", "files", "/etc/sudoers /etc/sudoers.d/*", root=True),
    Probe("lsblk", "cmd", "lsblk -J -p -o NAME,TYPE,FSTYPE,MOUNTPOINT"),
    Probe("swaps", "file", "/proc/swaps"),
    Probe("aide_db", "stat",
          "/var/lib/aide/aide.db /var/lib/aide/aide.db.gz /var/lib/aide/aide.db.new", root=True),
    Probe("cron_names", "list",
          "/etc/cron.daily/* /etc/cron.weekly/* /etc/cron.d/* /etc/cron.hourly/*"),
    Probe("crontab", "files", "/etc/crontab"),
    Probe("patching", "cmd",
          "if command -v apt-get >/dev/null 2>&1; then echo manager=apt; "
          "apt-get -s -o Debug::NoLocking=1 upgrade; "
          "elif command -v dnf >/dev/null 2>&1; then echo manager=dnf; "
          "dnf -q -C updateinfo list --security --available; "
          "elif command -v yum >/dev/null 2>&1; then echo manager=yum; "
          "yum -q -C updateinfo list security; else exit 127; fi"),
    Probe("clock", "cmd", "date +%s"),
    Probe("pkg_metadata", "stat", "/var/lib/apt/lists /var/cache/dnf /var/cache/yum"),
    Probe("apt_periodic", "cmd", "apt-config dump", ok_rc=(0, 127)),
    Probe("dnf_automatic", "files", "/etc/dnf/automatic.conf"),
    Probe("apt_conf", "files", "/etc/apt/apt.conf /etc/apt/apt.conf.d/*"),
    Probe("apt_sources", "files",
          "/etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources"),
    Probe("dnf_conf", "files", "/etc/dnf/dnf.conf /etc/yum.conf /etc/yum.repos.d/*.repo"),
    Probe("usb_storage", "cmd", "modprobe -n -v usb-storage", ok_rc=(0, 1, 127)),
    Probe("modprobe_conf", "files", "/etc/modprobe.d/*.conf /usr/lib/modprobe.d/*.conf /lib/modprobe.d/*.conf"),
    Probe("modules", "file", "/proc/modules"),
    Probe("mac", "files", "/sys/fs/selinux/enforce /sys/module/apparmor/parameters/enabled /etc/selinux/config"),
    Probe("nft", "cmd", "nft list ruleset", root=True, ok_rc=(0, 127)),
    Probe("iptables", "cmd", "iptables -S INPUT", root=True, ok_rc=(0, 127)),
    Probe("ufw", "cmd", "ufw status verbose", root=True, ok_rc=(0, 127)),
    Probe("firewalld", "cmd",
          "command -v firewall-cmd >/dev/null 2>&1 || exit 127; "
          "firewall-cmd --state || exit 0; firewall-cmd --list-all", root=True, ok_rc=(0, 127)),
    Probe("listeners", "cmd", "ss -H -lntu"),
    Probe("sysctl", "files",
          "/proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv4/conf/all/accept_redirects "
          "/proc/sys/net/ipv4/conf/default/accept_redirects "
          "/proc/sys/net/ipv6/conf/all/accept_redirects "
          "/proc/sys/net/ipv4/conf/all/send_redirects /proc/sys/net/ipv4/conf/default/send_redirects "
          "/proc/sys/net/ipv4/conf/all/accept_source_route /proc/sys/kernel/randomize_va_space "
          "/proc/sys/fs/suid_dumpable /proc/sys/kernel/dmesg_restrict"),
    Probe("timedatectl", "cmd", "timedatectl show -p NTP -p NTPSynchronized", ok_rc=(0, 1, 127)),
    Probe("chronyc", "cmd", "chronyc -n tracking", ok_rc=(0, 1, 127)),
)

PROBES_BY_NAME = {p.name: p for p in PROBES}

#: Fact groups of the ``host`` resource, in the order they are written.
FACTS: tuple[Fact, ...] = (
    Fact("os", ("os_release",), "parse_os"),
    Fact("kernel", ("uname", "kernels", "reboot_flag", "needs_restarting"), "parse_kernel"),
    Fact("ssh", ("sshd",), "parse_sshd"),
    Fact("ssh_files", ("ssh_files",), "parse_ssh_files"),
    Fact("shell_timeout", ("shell_rc",), "parse_shell_timeout"),
    Fact("auditd", ("packages",), "parse_auditd"),
    Fact("auditd_service", ("units",), "parse_auditd_service"),
    Fact("audit_rules", ("audit_rules", "auditctl", "auditctl_status"), "parse_audit_rules"),
    Fact("audit_log", ("audit_log_stat",), "parse_audit_log"),
    Fact("auditd_conf", ("auditd_conf",), "parse_auditd_conf"),
    Fact("audit_boot", ("cmdline",), "parse_audit_boot"),
    Fact("audit_plugins", ("audisp_remote",), "parse_audit_plugins"),
    Fact("logging", ("units", "journald", "journal_dir"), "parse_logging"),
    Fact("log_forwarding", ("rsyslog", "journal_upload", "audisp_remote", "units"), "parse_log_forwarding"),
    Fact("pwquality", ("pwquality", "pam"), "parse_pwquality"),
    Fact("login_defs", ("login_defs",), "parse_login_defs"),
    Fact("lockout", ("pam", "faillock_conf"), "parse_lockout"),
    Fact("pam", ("pam", "pwhistory_conf", "login_defs"), "parse_pam"),
    Fact("accounts", ("passwd",), "parse_accounts"),
    Fact("groups", ("group",), "parse_groups"),
    Fact("account_files", ("etc_stat",), "parse_account_files"),
    Fact("rsh_trust", ("rsh_trust",), "parse_rsh_trust"),
    Fact("useradd", ("useradd",), "parse_useradd"),
    Fact("passwords", ("shadow",), "parse_passwords"),
    Fact("shadow_file", ("shadow_stat",), "parse_shadow_file"),
    Fact("sudo", ("sudoers",), "parse_sudo"),
    Fact("disk_encryption", ("lsblk",), "parse_disk_encryption"),
    Fact("swap", ("swaps", "lsblk"), "parse_swap"),
    Fact("integrity", ("packages", "cron_names", "crontab", "units"), "parse_integrity"),
    Fact("aide_db", ("aide_db",), "parse_aide_db"),
    Fact("antimalware", ("packages",), "parse_antimalware"),
    Fact("patching", ("patching", "clock", "pkg_metadata"), "parse_patching"),
    Fact("auto_updates", ("packages", "units", "apt_periodic", "dnf_automatic"), "parse_auto_updates"),
    Fact("repos", ("apt_periodic", "apt_conf", "apt_sources", "dnf_conf"), "parse_repos"),
    Fact("firewall", ("nft", "iptables", "ufw", "firewalld"), "parse_firewall"),
    Fact("listeners", ("listeners",), "parse_listeners"),
    Fact("legacy_services", ("packages",), "parse_legacy_services"),
    Fact("legacy_clients", ("packages",), "parse_legacy_clients"),
    Fact("kernel_modules", ("usb_storage", "modprobe_conf", "modules"), "parse_kernel_modules"),
    Fact("mac", ("mac",), "parse_mac"),
    Fact("system_units", ("units",), "parse_system_units"),
    Fact("sysctl", ("sysctl",), "parse_sysctl"),
    Fact("time", ("timedatectl", "chronyc", "units"), "parse_time"),
)


def probes_for(facts=FACTS) -> list[Probe]:
    """The probes the given facts need, each once, in declaration order."""
    wanted = {name for f in facts for name in f.probes}
    return [p for p in PROBES if p.name in wanted]
