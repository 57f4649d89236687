# Interface and command-line messages (zh). Only the language name for now.

language-self-name = 简体中文
