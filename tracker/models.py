"""Every model, imported once so the metadata (create_all, Alembic) knows all tables."""

from .accounts.models import User  # noqa: F401
from .agencies.models import Agency  # noqa: F401
from .directives.models import Directive  # noqa: F401
from .outbox.models import OutboxMessage  # noqa: F401
from .locks import SchedulerLock  # noqa: F401
from .reminders.models import Delivery, ReminderPolicy  # noqa: F401
from .tasks.models import ProgressUpdate, Task, TaskOccurrence  # noqa: F401
from .workdays.models import CalendarDay  # noqa: F401
from .workflows.models import Attachment, DeadlineChange, ExtensionRequest  # noqa: F401
from .audit.models import AuditEvent  # noqa: F401
from .dashboard.models import CompletionCount  # noqa: F401
