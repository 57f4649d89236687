# Interface and command-line messages (pt). Only the language name for now.

language-self-name = Português
