# Interface and command-line messages (ru). Only the language name for now.

language-self-name = Русский
