"""OLE compound files (the container of Word 97-2003, Excel and Outlook files) made for the
tests: version 3, 512-byte sectors, every stream in the regular sectors (each padded to the
4096 bytes below which the format would put it in the mini stream), and a property set
stream with a title, as Word writes its SummaryInformation."""

from __future__ import annotations

import struct

_SECTOR = 512
_FREE, _END, _FAT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
_MINI_CUTOFF = 4096
_SUMMARY_FORMAT = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")


def ole_file(streams: dict[str, bytes]) -> bytes:
    """An OLE file holding ``streams`` (names at the root)."""
    names = sorted(streams, key=lambda name: (len(name), name.upper()))
    sectors: list[bytes] = []
    chains: list[tuple[int, int]] = []  # each stream's first sector and sector count
    for name in names:
        data = streams[name].ljust(_MINI_CUTOFF, b"\0")
        count = -(-len(data) // _SECTOR)
        chains.append((len(sectors), count))
        data = data.ljust(count * _SECTOR, b"\0")
        sectors += [data[i:i + _SECTOR] for i in range(0, len(data), _SECTOR)]
    entries = [_entry("Root Entry", 5, _END, 0, child=1 if names else _FREE)]
    for number, name in enumerate(names):
        start, _ = chains[number]
        entries.append(_entry(name, 2, start, len(streams[name].ljust(_MINI_CUTOFF, b"\0")),
                              right=number + 2 if number + 1 < len(names) else _FREE))
    directory = b"".join(entries)
    directory = directory.ljust(-(-len(directory) // _SECTOR) * _SECTOR, b"\0")
    first_directory = len(sectors)
    directory_sectors = len(directory) // _SECTOR
    sectors += [directory[i:i + _SECTOR] for i in range(0, len(directory), _SECTOR)]
    chains.append((first_directory, directory_sectors))
    fat_count = 1
    while (len(sectors) + fat_count) > fat_count * 128:
        fat_count += 1
    fat = [_FREE] * (fat_count * 128)
    for start, count in chains:
        for sector in range(start, start + count):
            fat[sector] = sector + 1 if sector + 1 < start + count else _END
    first_fat = len(sectors)
    for sector in range(first_fat, first_fat + fat_count):
        fat[sector] = _FAT
    table = struct.pack(f"<{len(fat)}I", *fat)
    sectors += [table[i:i + _SECTOR] for i in range(0, len(table), _SECTOR)]
    if fat_count > 109:
        raise ValueError("too large for a test file")
    difat = list(range(first_fat, first_fat + fat_count)) + [_FREE] * (109 - fat_count)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
              + struct.pack("<HHHHH6xIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, 0, fat_count,
                            first_directory, 0, _MINI_CUTOFF, _END, 0, _END, 0)
              + struct.pack("<109I", *difat))
    return header + b"".join(sectors)


def _entry(name: str, kind: int, start: int, size: int, *, child: int = _FREE,
           right: int = _FREE) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return (encoded.ljust(64, b"\0") + struct.pack("<HBBIII", len(encoded), kind, 1, _FREE,
                                                   right, child)
            + bytes(16 + 4 + 16) + struct.pack("<III", start, size, 0))


def summary_information(title: str) -> bytes:
    """A SummaryInformation stream giving the code page (1252) and ``title``."""
    text = title.encode("cp1252") + b"\0"
    text += b"\0" * (-len(text) % 4)
    codepage = struct.pack("<IhH", 2, 1252, 0)  # VT_I2
    title_value = struct.pack("<II", 30, len(title.encode("cp1252")) + 1) + text  # VT_LPSTR
    properties = 8 + 16
    section = (struct.pack("<II", properties + len(codepage) + len(title_value), 2)
               + struct.pack("<IIII", 1, properties, 2, properties + len(codepage))
               + codepage + title_value)
    return (struct.pack("<HHI", 0xFFFE, 0, 0x00020006) + bytes(16) + struct.pack("<I", 1)
            + _SUMMARY_FORMAT + struct.pack("<I", 48) + section)
