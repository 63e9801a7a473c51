#!/usr/bin/env python3
"""Where a JFR recording's CPU samples go: prints the share of execution samples by top frame (self time, top 25
methods) and by code area (the first frame from the top that belongs to a known area: Gongkai's PDF reader,
Gongkai's text stages, PDFBox parsing/fonts/text, the JDK). Usage: jfr-breakdown.py RECORDING.jfr [THREAD_PREFIX]
"""
import collections
import re
import subprocess
import sys

recording = sys.argv[1]
thread = sys.argv[2] if len(sys.argv) > 2 else ''
text = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '64', recording],
                      capture_output=True, text=True, check=True).stdout
AREAS = [
    ('gongkai PDF reader (io.gongkai.ingest.pdf)', 'io.gongkai.ingest.pdf.'),
    ('gongkai text stages (io.gongkai.ingest other)', 'io.gongkai.ingest.'),
    ('gongkai catalog/model', 'io.gongkai.'),
    ('PDFBox font parsing and glyph mapping (fontbox, pdmodel.font)', ('org.apache.fontbox.', 'org.apache.pdfbox.pdmodel.font.')),
    ('PDFBox text positions (pdfbox.text)', 'org.apache.pdfbox.text.'),
    ('PDFBox content stream parsing (pdfparser, contentstream, cos, io, filter)', ('org.apache.pdfbox.pdfparser.', 'org.apache.pdfbox.contentstream.', 'org.apache.pdfbox.cos.', 'org.apache.pdfbox.io.', 'org.apache.pdfbox.filter.')),
    ('PDFBox other', 'org.apache.pdfbox.'),
]
top = collections.Counter()
area = collections.Counter()
total = 0
for event in text.split('jdk.ExecutionSample')[1:]:
    if thread and ('sampledThread = "' + thread) not in event:
        continue
    frames = re.findall(r'^\s+([\w$.<>]+)\(', event.split('stackTrace = [', 1)[-1], re.M)
    if not frames:
        continue
    total += 1
    top[frames[0]] += 1
    for frame in frames:
        hit = next((name for name, prefix in AREAS if frame.startswith(prefix)), None)
        if hit:
            area[hit] += 1
            break
    else:
        area['JDK and other (no Gongkai or PDFBox frame)'] += 1
print(f'{total} samples')
print('\nby area (first Gongkai or PDFBox frame from the top):')
for name, n in area.most_common():
    print(f'  {100.0 * n / total:5.1f}%  {name}')
print('\nby top frame (self):')
for name, n in top.most_common(25):
    print(f'  {100.0 * n / total:5.1f}%  {name}')
