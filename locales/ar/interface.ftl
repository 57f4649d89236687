# Interface and command-line messages (ar). Only the language name for now.

language-self-name = العربية
