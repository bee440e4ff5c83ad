"""Write the configuration of a local Zope instance for trying plone-scrqm.

Embedded ZODB (FileStorage with a blob directory) under ``INSTANCE/var``; served by
waitress on HOST:PORT. Rewrites only the configuration files, never the data, so running
it again (for example with another PORT) keeps the site.

Usage: python scripts/make_instance.py --instance instance --host 127.0.0.1 --port 8080
"""

import argparse
import os
from pathlib import Path

ZOPE_CONF = """\
%define INSTANCE {instance}
instancehome $INSTANCE
debug-mode off
security-policy-implementation C
verbose-security off
default-zpublisher-encoding utf-8

<environment>
  zope_i18n_compile_mo_files true
  CHAMELEON_CACHE $INSTANCE/var/cache
  PLONE_SCRQM_AUDIT_DB {audit_db}
  PLONE_SCRQM_INSTANCE {name}
</environment>

<zodb_db main>
{storage}
  mount-point /
  cache-size 30000
</zodb_db>
"""

FILESTORAGE = """\
  <filestorage>
    path $INSTANCE/var/filestorage/Data.fs
    blob-dir $INSTANCE/var/blobstorage
  </filestorage>"""

# A client of a ZEO server: several instances share one database. The blob directory is the
# server's, shared on the same machine (a network file system between machines).
ZEOCLIENT = """\
  <zeoclient>
    server {address}
    blob-dir {blob_dir}
    shared-blob-dir true
    storage 1
    name zeostorage
    cache-size 128MB
  </zeoclient>"""

ZEO_CONF = """\
%define ZEOHOME {home}
<zeo>
  address {address}
  read-only false
  invalidation-queue-size 1000
</zeo>

<filestorage 1>
  path $ZEOHOME/var/filestorage/Data.fs
  blob-dir $ZEOHOME/var/blobstorage
</filestorage>

<eventlog>
  <logfile>
    path $ZEOHOME/var/log/zeo.log
    format %(asctime)s %(message)s
  </logfile>
</eventlog>
"""

ZOPE_INI = """\
[app:zope]
use = egg:Zope#main
zope_conf = %(here)s/zope.conf

[server:main]
use = egg:waitress#main
listen = {host}:{port}
threads = 4
clear_untrusted_proxy_headers = false
max_request_body_size = 1073741824

[filter:translogger]
use = egg:Paste#translogger
setup_console_handler = False

[pipeline:main]
pipeline =
    egg:Zope#httpexceptions
    translogger
    zope

[loggers]
keys = root, plone, waitress.queue, waitress, wsgi

[handlers]
keys = console, accesslog, eventlog

[formatters]
keys = generic, message

[formatter_generic]
format = %(asctime)s %(levelname)s [%(name)s:%(lineno)s][%(threadName)s] %(message)s
datefmt = %Y-%m-%d %H:%M:%S

[formatter_message]
format = %(message)s

[logger_root]
level = INFO
handlers = console, eventlog

[logger_plone]
level = INFO
handlers = eventlog
qualname = plone

[logger_waitress.queue]
level = INFO
handlers = eventlog
qualname = waitress.queue
propagate = 0

[logger_waitress]
level = INFO
handlers = eventlog
qualname = waitress

[logger_wsgi]
level = WARN
handlers = accesslog
qualname = wsgi
propagate = 0

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[handler_accesslog]
class = FileHandler
args = (r'{instance}/var/log/access.log', 'a')
level = INFO
formatter = message

[handler_eventlog]
class = FileHandler
args = (r'{instance}/var/log/event.log', 'a')
level = INFO
formatter = generic
"""


def write_zeo_server(home, address):
    """Configuration of a ZEO server (``runzeo -C home/etc/zeo.conf``) holding the database."""
    home = Path(home).resolve()
    for folder in ("etc", "var/filestorage", "var/blobstorage", "var/log"):
        (home / folder).mkdir(parents=True, exist_ok=True)
    (home / "var/blobstorage").chmod(0o700)
    (home / "etc/zeo.conf").write_text(ZEO_CONF.format(home=home, address=address))
    return home


def write_instance(instance, host, port, zeo=None, audit_db=None):
    """``zeo``: ``(address, server home)`` to be a client of a ZEO server instead of
    keeping an embedded FileStorage.

    ``audit_db``: the SQLAlchemy URL of the audit trail's database. By default a SQLite file
    beside the data: the instance's own for an embedded ZODB, the ZEO server's for clients
    of a ZEO server, so that every instance on the machine writes to the same one."""
    instance = Path(instance).resolve()
    for folder in ("etc", "var/filestorage", "var/blobstorage", "var/log", "var/cache"):
        (instance / folder).mkdir(parents=True, exist_ok=True)
    (instance / "var/blobstorage").chmod(0o700)
    if zeo:
        address, home = zeo
        blob_dir = Path(home).resolve() / "var/blobstorage"
        storage = ZEOCLIENT.format(address=address, blob_dir=blob_dir)
        default_audit = Path(home).resolve() / "var/audit.sqlite"
    else:
        storage = FILESTORAGE
        default_audit = instance / "var/audit.sqlite"
    audit_db = audit_db or f"sqlite:///{default_audit}"
    (instance / "etc/zope.conf").write_text(
        ZOPE_CONF.format(instance=instance, storage=storage, audit_db=audit_db, name=instance.name)
    )
    (instance / "etc/zope.ini").write_text(ZOPE_INI.format(instance=instance, host=host, port=port))
    return instance


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instance", default="instance")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--zeo-address", help="be a client of the ZEO server at host:port")
    parser.add_argument("--zeo-home", help="the ZEO server's folder (configured if missing)")
    parser.add_argument(
        "--audit-db",
        default=os.environ.get("PLONE_SCRQM_AUDIT_DB"),
        help="SQLAlchemy URL of the audit trail (default: a SQLite file beside the data)",
    )
    args = parser.parse_args(argv)
    if not 0 <= args.port < 65536:
        parser.error(f"PORT must be between 0 (any) and 65535, not {args.port}")
    zeo = None
    if args.zeo_address:
        home = args.zeo_home or "var/zeo"
        write_zeo_server(home, args.zeo_address)
        zeo = (args.zeo_address, home)
    instance = write_instance(args.instance, args.host, args.port, zeo=zeo, audit_db=args.audit_db)
    print(f"Zope instance configuration in {instance}/etc for {args.host}:{args.port}")


if __name__ == "__main__":
    main()
