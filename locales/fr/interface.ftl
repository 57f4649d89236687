# Interface and command-line messages (fr). Only the language name for now.

language-self-name = Français
