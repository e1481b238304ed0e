"""Speakers' names and labels before their turns ("SPIEGEL:", "Priya:", initials, labels
without a colon), transcripts of research and broadcasts, and documents with named speakers
that are no interview: plays, chat logs, subtitles."""
