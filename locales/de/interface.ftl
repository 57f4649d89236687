# Interface and command-line messages (de). Only the language name for now.

language-self-name = Deutsch
