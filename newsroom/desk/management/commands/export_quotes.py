"""Export a newsroom's quotes as CSV (UTF-8 with BOM, for Excel), JSON or JSON Lines.

The rows and writers live in newsroom.desk.exports; this command only opens the output.
"""

from django.core.management.base import BaseCommand

from newsroom.desk import exports

from ._newsroom import newsroom_for_command


class Command(BaseCommand):
    help = "Export quotes, one row per quote (default: reviewed = verified and edited, as CSV)."

    def add_arguments(self, parser):
        parser.add_argument("--status", choices=list(exports.STATUS_CHOICES), default=exports.DEFAULT_STATUS)
        parser.add_argument("--format", choices=exports.FORMATS, default="csv")
        parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
        parser.add_argument("--newsroom", help="newsroom name (default: the only one, or the demo one)")

    def handle(self, *args, status, format, output, newsroom, **options):
        target = newsroom_for_command(newsroom)
        rows = exports.quotes_for_export(newsroom=target, status=status)
        write = exports.WRITERS[format]
        if output:
            # newline="": the csv module writes its own line ends.
            with open(output, "w", encoding="utf-8", newline="") as out:
                count = write(rows, out)
            self.stderr.write(f"exported {count} quote(s) to {output}")
        else:
            count = write(rows, _Unterminated(self.stdout))
            self.stderr.write(f"exported {count} quote(s)")


class _Unterminated:
    """The command's stdout without OutputWrapper's habit of ending every write with a newline."""

    def __init__(self, wrapper):
        self.wrapper = wrapper

    def write(self, text):
        self.wrapper.write(text, ending="")
