<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Line focus on: %n line(s)</source>
        <translation>
            <numerusform>Line focus on: %n line</numerusform>
            <numerusform>Line focus on: %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} bytes of this file could not be decoded and are shown as “�”. The file itself is unchanged.</source>
        <translation>
            <numerusform>{n} byte of this file could not be decoded and is shown as “�”. The file itself is unchanged.</numerusform>
            <numerusform>{n} bytes of this file could not be decoded and are shown as “�”. The file itself is unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} paragraphs broken in the middle of a sentence were joined.</source>
        <translation>
            <numerusform>{n} paragraph broken in the middle of a sentence was joined.</numerusform>
            <numerusform>{n} paragraphs broken in the middle of a sentence were joined.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>1 shortcut shown</source>
        <translation>
            <numerusform>1 shortcut shown</numerusform>
            <numerusform>1 shortcut shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} shortcuts shown</source>
        <translation>
            <numerusform>{count} shortcut shown</numerusform>
            <numerusform>{count} shortcuts shown</numerusform>
        </translation>
    </message>
</context>
</TS>
