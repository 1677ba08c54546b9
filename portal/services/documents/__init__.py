"""Uploaded files: validated and stored content-addressed (`uploads`), read and put into a case's slot
(`attaching`), rendered as page previews (`previews`)."""
