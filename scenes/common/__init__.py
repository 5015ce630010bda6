"""What every lecture's scenes share: theme, beats, layout, drawing pieces, quiz, title card."""
