"""Short booking links: a random code that stands for a household for a few weeks."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from assistant.models.base import Base


class ShortLink(Base):
    """``/b/<code>``: the short form of a personal booking link (texts and letters).

    The code is random (not derived from the household), so it says nothing
    about the family; the row says whose it is and until when. Using it up is
    the booking page's ``UsedLink``, exactly as for the signed form.
    """

    __tablename__ = "short_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
