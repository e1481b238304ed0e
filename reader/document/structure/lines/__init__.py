"""A plain paragraph's lines, read before any rule: where a paragraph really ends (hard wrap,
lost blank lines, extraction breaks), and turns or labels glued into one block that are split
back where their lines broke — no character lost, no offset moved."""
