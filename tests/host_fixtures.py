"""Fake roots for the host collector, built from compact descriptions.

Each layout starts from a checked-in tree (tests/fixtures/hosts/debian: a hardened Debian 12
host; tests/fixtures/hosts/rhel: a neglected Rocky 9 host) and applies an overlay: a mapping
of path → file text (``None`` deletes the file). ``build(tmp_path, layout)`` returns the root.

Layouts: ``debian12``, ``ubuntu2204``, ``ubuntu2404``, ``rhel9`` (Rocky 9 laid out like RHEL 9)
compliant, and the same names with ``-bad`` for a non-compliant variant.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "hosts"
CMD = ".hipaa-scan/commands/"

DEBIAN_MODES = {"var/log/audit": 0o700, "var/log/audit/audit.log": 0o600, "etc/shadow": 0o640,
                "etc/gshadow": 0o640, "etc/sudoers": 0o440, "etc/audit/rules.d": 0o750, "etc/ssh/sshd_config": 0o600,
                "etc/ssh/ssh_host_ed25519_key": 0o600}


def _os_release(id_: str, version: str, pretty: str, like: str = "") -> str:
    return f'ID={id_}\nVERSION_ID="{version}"\nPRETTY_NAME="{pretty}"\n' + (f"ID_LIKE={like}\n" if like else "")


_UBUNTU_COMMON = {
    "etc/hostname": None,
    "usr/lib/os-release": None,
}

UBUNTU2204 = dict(_UBUNTU_COMMON, **{
    "etc/os-release": _os_release("ubuntu", "22.04", "Ubuntu 22.04.4 LTS", "debian"),
    "etc/hostname": "ubu-2204\n",
    "etc/apt/sources.list.d/debian.sources": None,
    "etc/apt/sources.list": ("deb http://archive.ubuntu.com/ubuntu jammy main restricted\n"
                             "deb http://archive.ubuntu.com/ubuntu jammy-updates main restricted\n"
                             "deb http://security.ubuntu.com/ubuntu jammy-security main restricted\n"),
})

UBUNTU2404 = dict(_UBUNTU_COMMON, **{
    "etc/os-release": _os_release("ubuntu", "24.04", "Ubuntu 24.04 LTS", "debian"),
    "etc/hostname": "ubu-2404\n",
    "etc/apt/sources.list.d/debian.sources": None,
    "etc/apt/sources.list.d/ubuntu.sources": (
        "Types: deb\nURIs: http://archive.ubuntu.com/ubuntu/\nSuites: noble noble-updates\nComponents: main\n"
        "Signed-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg\n\n"
        "Types: deb\nURIs: http://security.ubuntu.com/ubuntu/\nSuites: noble-security\nComponents: main\n"
        "Signed-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg\n"),
})

#: A Debian-family host broken in the ways the issue lists (each a control that must fail).
DEBIAN_BAD = {
    # pam_pwquality and minclass = 4 configured, but common-password is no longer included by the
    # password services: the false pass of HOST-AUTH-02
    "etc/pam.d/passwd": "password\trequired\tpam_unix.so yescrypt\n",
    "etc/pam.d/login": "@include common-auth\n@include common-account\npassword\trequired\tpam_unix.so yescrypt\n",
    "etc/pam.d/sshd": "@include common-auth\n@include common-account\npassword\trequired\tpam_unix.so yescrypt\n",
    "etc/pam.d/common-auth": ("auth\trequired\tpam_faillock.so preauth\n"
                              "auth\t[success=1 default=ignore]\tpam_unix.so nullok\n"
                              "auth\t[default=die]\tpam_faillock.so authfail\nauth\trequisite\tpam_deny.so\n"),
    CMD + "sshd.out": None,  # replaced below: a Match block loosens the global settings
    "etc/profile.d/tmout.sh": "TMOUT=600\nreadonly TMOUT\n",  # not exported
    CMD + "apt_periodic.out": ('APT::Periodic::Update-Package-Lists "1";\nAPT::Periodic::Unattended-Upgrade "1";\n'
                               'APT::Get::AllowUnauthenticated "true";\n'),
    "etc/apt/sources.list.d/extra.list": "deb [trusted=yes] http://repo.example.org/apt stable main\n",
    "etc/apt/sources.list.d/debian.sources": ("Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm\n"
                                              "Components: main\n"),
    CMD + "nft.out": "table inet filter {\n}\n",  # iptables-nft's empty table: no firewall
    CMD + "usb_storage.out": "insmod /lib/modules/6.1.0-21-amd64/kernel/drivers/usb/storage/usb-storage.ko \n",
    "etc/audit/auditd.conf": "space_left_action = syslog\nmax_log_file_action = rotate\n",
    CMD + "auditctl_status.out": "enabled 1\n",
    "etc/rsyslog.d/60-forward.conf": '*.* action(type="omfwd" target="logs.example.org" port="514" protocol="tcp")\n',
    "etc/passwd": ("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
                   "alice:x:1000:1000:Alice:/home/alice:/bin/bash\nbob:x:1000:1000:Bob:/home/bob:/bin/bash\n"),
    "etc/group": "root:x:0:\nsudo:x:27:alice\nssh-users:x:1001:alice\nalice:x:1000:\nbob:x:1000:\n",
}

DEBIAN_BAD_SSHD = None  # filled from the compliant capture at build time

#: What DEBIAN_BAD breaks, control by control.
DEBIAN_BAD_FAILS = {
    "HOST-AUTH-01", "HOST-AUTH-02", "HOST-AUTH-03",  # pwquality not reached by the password services
    "HOST-AUTH-12",  # pwhistory not reached either
    "HOST-AUTH-13",  # nullok
    "HOST-AUTH-14", "HOST-AUTH-16",  # duplicate uid 1000, duplicate gid 1000
    "HOST-SHELL-01",  # TMOUT not exported
    "HOST-SSH-01", "HOST-SSH-13",  # Match LocalPort 2222 block: passwords, user environment
    "HOST-PATCH-04", "HOST-PATCH-05", "HOST-PATCH-06",  # no -security suite, AllowUnauthenticated "true", trusted=yes
    "HOST-NET-01",  # an empty nftables table is no firewall
    "HOST-SYS-01",  # usb-storage loadable
    "HOST-AUDIT-15", "HOST-AUDIT-16", "HOST-AUDIT-17", "HOST-AUDIT-18",  # mutable, auditd.conf defaults
    "HOST-LOG-02",  # forwarding over plain TCP
}

RHEL9 = {
    "etc/hostname": "rocky-9\n",
    "usr/lib/os-release": None,
    "etc/os-release": _os_release("rocky", "9.3", "Rocky Linux 9.3 (Blue Onyx)", '"rhel centos fedora"'),
    "etc/pam.d/common-password": None, "etc/pam.d/common-auth": None,
    "etc/pam.d/system-auth": (
        "auth        required      pam_env.so\nauth        required      pam_faillock.so preauth silent\n"
        "auth        sufficient    pam_unix.so\nauth        [default=die] pam_faillock.so authfail\n"
        "auth        required      pam_deny.so\n"
        "password    requisite     pam_pwquality.so local_users_only\n"
        "password    required      pam_pwhistory.so use_authtok remember=5\n"
        "password    sufficient    pam_unix.so sha512 shadow use_authtok\npassword    required      pam_deny.so\n"),
    "etc/pam.d/password-auth": None,  # the same stack as system-auth, set below
    "etc/pam.d/passwd": "auth       include      system-auth\npassword   substack     system-auth\n",
    "etc/pam.d/login": "auth       substack     system-auth\npassword   include      system-auth\n",
    "etc/pam.d/sshd": "auth       substack     password-auth\npassword   include      password-auth\n",
    "etc/pam.d/su": "auth\t\tsufficient\tpam_rootok.so\nauth\t\trequired\tpam_wheel.so use_uid\n"
                    "auth\t\tsubstack\tsystem-auth\n",
    "etc/security/faillock.conf": "deny = 5\nunlock_time = 900\n",
    CMD + "packages.out": "".join(f"{p}\tii \n" for p in (
        "audit", "aide", "rsyslog", "chrony", "libpwquality", "dnf-automatic", "clamav", "clamd", "openssh-server")),
    CMD + "patching.out": "manager=dnf\n",
    CMD + "apt_periodic.out": "", CMD + "apt_periodic.rc": "127\n",
    "etc/apt/sources.list.d/debian.sources": None,
    "etc/dnf/dnf.conf": "[main]\ngpgcheck=1\ninstallonly_limit=3\n",
    "etc/yum.repos.d/rocky.repo": ("[baseos]\nname=Rocky Linux $releasever - BaseOS\n"
                                   "mirrorlist=https://mirrors.rockylinux.org/mirrorlist?repo=BaseOS-$releasever\n"
                                   "gpgcheck=1\nenabled=1\n\n[appstream]\nname=AppStream\n"
                                   "mirrorlist=https://mirrors.rockylinux.org/mirrorlist?repo=AppStream-$releasever\n"
                                   "enabled=1\n"),
    "etc/dnf/automatic.conf": "[commands]\nupgrade_type = security\napply_updates = yes\n",
    "sys/module/apparmor/parameters/enabled": None,
    "sys/fs/selinux/enforce": "1",
    "etc/selinux/config": "SELINUX=enforcing\nSELINUXTYPE=targeted\n",
}

RHEL9["etc/pam.d/password-auth"] = RHEL9["etc/pam.d/system-auth"]

RHEL9_UNITS_EXTRA = ("Id=dnf-automatic.timer\nUnitFileState=enabled\nActiveState=active\n\n"
                     "Id=clamd@scan.service\nUnitFileState=enabled\nActiveState=active\n")

#: The neglected Rocky 9 tree passes only these.
RHEL9_BAD_PASSES = {"HOST-INT-01", "HOST-PATCH-04"}


def _overlay(root: Path, files: dict) -> None:
    for rel, text in files.items():
        p = root / rel
        if text is None:
            if p.exists() or p.is_symlink():
                p.unlink()
            continue
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)


def _date_metadata(root: Path, rel: str, days: int) -> None:
    clock = int((root / CMD / "clock.out").read_text())
    os.utime(root / rel, (clock - days * 86400 - 60, clock - days * 86400 - 60))


def build(tmp_path: Path, layout: str) -> Path:
    """A fake root for ``layout`` (see the module doc)."""
    name, _, variant = layout.partition("-")
    root = tmp_path / layout
    if name == "rhel9" and variant == "bad":
        shutil.copytree(FIXTURES / "rhel", root, symlinks=True)
        os.chmod(root / "etc/passwd", 0o666)
        _date_metadata(root, "var/cache/dnf", 40)
        return root
    shutil.copytree(FIXTURES / "debian", root, symlinks=True)
    for rel, mode in DEBIAN_MODES.items():
        os.chmod(root / rel, mode)
    overlay: dict = {}
    if name == "ubuntu2204":
        overlay.update(UBUNTU2204)
    elif name == "ubuntu2404":
        overlay.update(UBUNTU2404)
    elif name == "rhel9":
        overlay.update(RHEL9)
    elif name != "debian12":
        raise ValueError(layout)
    if variant == "bad":
        overlay.update({k: v for k, v in DEBIAN_BAD.items() if k not in overlay or v is not None})
        # no source with a -security suite is left (the distribution's own lists are dropped)
        overlay.update({"etc/apt/sources.list": None, "etc/apt/sources.list.d/ubuntu.sources": None})
    _overlay(root, overlay)
    if variant == "bad":
        sshd = (FIXTURES / "debian" / CMD / "sshd.out").read_text().split("#context")[0]
        match = sshd.replace("passwordauthentication no", "passwordauthentication yes").replace(
            "permituserenvironment no", "permituserenvironment yes")
        (root / CMD / "sshd.out").write_text(
            sshd + "#context user=root,host=unknown.invalid,addr=203.0.113.7,laddr=0.0.0.0,lport=22\n" + sshd
            + "#context user=root,host=unknown.invalid,addr=203.0.113.7,laddr=0.0.0.0,lport=2222\n" + match)
    if name == "rhel9":
        units = (root / CMD / "units.out").read_text().rstrip("\n")
        units = units.replace("Id=dnf-automatic.timer\nUnitFileState=disabled\nActiveState=inactive\n\n", "")
        (root / CMD / "units.out").write_text(units + "\n\n" + RHEL9_UNITS_EXTRA)
        (root / "var/cache/dnf").mkdir(parents=True, exist_ok=True)
        _date_metadata(root, "var/cache/dnf", 1)
    else:
        _date_metadata(root, "var/lib/apt/lists", 1)
    return root
