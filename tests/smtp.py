"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives."""

from __future__ import annotations

import os
import signal
import socket
from email import message_from_bytes, policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller


class Inbox:
    """aiosmtpd handler: every accepted message, parsed."""

    def __init__(self):
        self.messages: list[EmailMessage] = []
        self.envelopes = []
        self.refuse_next = 0  # refuse this many messages with a temporary error
        self.kill_on_first_message: int | None = None  # a client pid to kill instead of accepting

    async def handle_DATA(self, server, session, envelope):
        if self.kill_on_first_message:
            os.kill(self.kill_on_first_message, signal.SIGKILL)
            self.kill_on_first_message = None
            return "451 4.3.0 Client went away"
        if self.refuse_next > 0:
            self.refuse_next -= 1
            return "451 4.3.0 Temporary failure, try again later"
        self.envelopes.append(envelope)
        self.messages.append(message_from_bytes(envelope.original_content, policy=policy.default))
        return "250 OK"


def free_port() -> int:
    # aiosmtpd's Controller(port=0) does not work (aiosmtpd issues 276, 388): pick one first.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server() -> tuple[Controller, Inbox]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    return controller, inbox
