"""What every structure rule reads of a block: its text as the rules see it (without what a
browser, a mail program or a word processor adds), how it ends and opens, cheap cues measured
once for a run of blocks, and the capitals a Latin-script name may begin with."""
