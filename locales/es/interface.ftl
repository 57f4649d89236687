# Interface and command-line messages (es). Only the language name for now.

language-self-name = Español
