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
        <source>{n} zero bytes (NUL) in this file were left out: they are not text. The file itself is unchanged.</source>
        <translation>
            <numerusform>{n} zero byte (NUL) in this file was left out: it is not text. The file itself is unchanged.</numerusform>
            <numerusform>{n} zero bytes (NUL) in this file were left out: they are not text. The file itself is unchanged.</numerusform>
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
    <message numerus="yes">
        <source>Question removed; %n questions now</source>
        <translation>
            <numerusform>Question removed; %n question now</numerusform>
            <numerusform>Question removed; %n questions now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every turn by {speaker} is a question; %n questions now</source>
        <translation>
            <numerusform>Every turn by {speaker} is a question; %n question now</numerusform>
            <numerusform>Every turn by {speaker} is a question; %n questions now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The document has changed: %n of your outline corrections no longer apply and were dropped.</source>
        <translation>
            <numerusform>The document has changed: %n of your outline corrections no longer applies and was dropped.</numerusform>
            <numerusform>The document has changed: %n of your outline corrections no longer apply and were dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled; %n finished file(s) kept.</source>
        <translation>
            <numerusform>Export cancelled; %n finished file kept.</numerusform>
            <numerusform>Export cancelled; %n finished files kept.</numerusform>
        </translation>
    </message>
</context>
</TS>
