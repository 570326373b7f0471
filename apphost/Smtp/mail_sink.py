"""Local SMTP server of PatientNetwork's app host (development runs and tests only).

Accepts every message on 127.0.0.1, stores it as an .eml file in the folder given and prints one
line (from, to, subject) so a developer reads mails in the dashboard's console log and in that
folder. Runs with Debian's /usr/bin/python3 and its python3-aiosmtpd package.
"""

import argparse
import asyncio
import email
import email.header
import email.policy
import os
import signal
import time
import uuid

from aiosmtpd.controller import Controller


class StoreAsEml:
    def __init__(self, folder):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):
        name = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + "-" + uuid.uuid4().hex + ".eml"
        final = os.path.join(self.folder, name)
        temporary = final + ".tmp"
        with open(temporary, "wb") as out:
            out.write(envelope.original_content or envelope.content)
        # Renamed once complete, so a reader of the folder never sees half a message.
        os.replace(temporary, final)
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        subject = str(message.get("Subject", ""))
        print(f"mail from={envelope.mail_from} to={','.join(envelope.rcpt_tos)} subject={subject} file={name}", flush=True)
        return "250 Message stored"


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--folder", required=True)
    arguments = parser.parse_args()
    os.makedirs(arguments.folder, exist_ok=True)
    # A generous start-up wait: a loaded machine (tests next to builds) can take longer than aiosmtpd's 5 s default.
    controller = Controller(StoreAsEml(arguments.folder), hostname="127.0.0.1", port=arguments.port, ready_timeout=60)
    controller.start()
    print(f"SMTP server listening on 127.0.0.1:{arguments.port}, storing mail in {arguments.folder}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()
    controller.stop()


if __name__ == "__main__":
    asyncio.run(main())
