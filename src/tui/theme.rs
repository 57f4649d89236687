//! Colours and emphasis: a normal theme, a high-contrast one for
//! projectors, and no colour at all when `NO_COLOR` is set.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    Normal,
    HighContrast,
    NoColor,
}

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub variant: Variant,
    pub base: Style,
    pub title: Style,
    pub label: Style,
    pub focus: Style,
    pub dim: Style,
    pub error: Style,
    pub warning: Style,
    pub info: Style,
    pub border: Style,
    pub border_focus: Style,
    pub selected: Style,
    pub ok: Style,
}

impl Theme {
    /// The theme at start: no colour if `NO_COLOR` is set and not empty.
    pub fn initial(no_color: bool) -> Theme {
        if no_color {
            Theme::of(Variant::NoColor)
        } else {
            Theme::of(Variant::Normal)
        }
    }

    /// The next theme for the toggle key (no colour stays without colour,
    /// but gains the high-contrast emphasis).
    pub fn toggled(self) -> Theme {
        match self.variant {
            Variant::Normal => Theme::of(Variant::HighContrast),
            Variant::HighContrast => Theme::of(Variant::Normal),
            Variant::NoColor => Theme::of(Variant::NoColor),
        }
    }

    pub fn of(variant: Variant) -> Theme {
        let bold = Modifier::BOLD;
        match variant {
            Variant::Normal => Theme {
                variant,
                base: Style::default(),
                title: Style::default().fg(Color::Cyan).add_modifier(bold),
                label: Style::default().fg(Color::Gray),
                focus: Style::default().fg(Color::Black).bg(Color::Cyan),
                dim: Style::default().fg(Color::DarkGray),
                error: Style::default().fg(Color::Red).add_modifier(bold),
                warning: Style::default().fg(Color::Yellow),
                info: Style::default().fg(Color::Blue),
                border: Style::default().fg(Color::DarkGray),
                border_focus: Style::default().fg(Color::Cyan),
                selected: Style::default().add_modifier(Modifier::REVERSED),
                ok: Style::default().fg(Color::Green),
            },
            Variant::HighContrast => Theme {
                variant,
                base: Style::default().fg(Color::White).bg(Color::Black),
                title: Style::default()
                    .fg(Color::White)
                    .bg(Color::Black)
                    .add_modifier(bold),
                label: Style::default()
                    .fg(Color::White)
                    .bg(Color::Black)
                    .add_modifier(bold),
                focus: Style::default()
                    .fg(Color::Black)
                    .bg(Color::Yellow)
                    .add_modifier(bold),
                dim: Style::default().fg(Color::White).bg(Color::Black),
                error: Style::default()
                    .fg(Color::LightRed)
                    .bg(Color::Black)
                    .add_modifier(bold),
                warning: Style::default()
                    .fg(Color::Yellow)
                    .bg(Color::Black)
                    .add_modifier(bold),
                info: Style::default()
                    .fg(Color::LightCyan)
                    .bg(Color::Black)
                    .add_modifier(bold),
                border: Style::default().fg(Color::White).bg(Color::Black),
                border_focus: Style::default()
                    .fg(Color::Yellow)
                    .bg(Color::Black)
                    .add_modifier(bold),
                selected: Style::default()
                    .fg(Color::Black)
                    .bg(Color::Yellow)
                    .add_modifier(bold),
                ok: Style::default()
                    .fg(Color::LightGreen)
                    .bg(Color::Black)
                    .add_modifier(bold),
            },
            Variant::NoColor => Theme {
                variant,
                base: Style::default(),
                title: Style::default().add_modifier(bold),
                label: Style::default(),
                focus: Style::default().add_modifier(Modifier::REVERSED),
                dim: Style::default().add_modifier(Modifier::DIM),
                error: Style::default().add_modifier(bold),
                warning: Style::default().add_modifier(Modifier::UNDERLINED),
                info: Style::default(),
                border: Style::default(),
                border_focus: Style::default().add_modifier(bold),
                selected: Style::default().add_modifier(Modifier::REVERSED),
                ok: Style::default(),
            },
        }
    }
}
