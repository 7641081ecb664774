//! Quick exit, in the pattern of GOV.UK's "Exit this page": a button, or the Shift key pressed
//! three times (each within 5 seconds of the last), blanks the guide at once and replaces the page
//! with a neutral one. A live region says how many presses are left.

use crate::content::Ui;

mod behaviour;
pub use behaviour::behave;

/// Presses of Shift that leave the page.
pub const PRESSES: u8 = 3;
/// Each press must come within this many milliseconds of the one before.
pub const WINDOW_MS: f64 = 5000.0;

/// Counts Shift presses. Only Shift on its own counts: a press that is part of a shortcut
/// (Shift+A, Ctrl+Shift) or a held key does not, and resets the count.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct ShiftCounter {
    presses: u8,
    last_ms: f64,
    /// Shift is down and nothing else has been pressed since.
    clean: bool,
}

impl ShiftCounter {
    /// A key went down. `other_modifiers` is Ctrl, Alt or Meta held with it.
    pub fn key_down(&mut self, key: &str, other_modifiers: bool, repeat: bool) {
        if key == "Shift" && !other_modifiers {
            if !repeat {
                self.clean = true;
            }
        } else {
            self.clean = false;
            self.presses = 0;
        }
    }

    /// A key came up at `now_ms`. Returns the number of presses so far when it was a clean press
    /// of Shift.
    pub fn key_up(&mut self, key: &str, now_ms: f64) -> Option<u8> {
        if key != "Shift" || !self.clean {
            return None;
        }
        self.clean = false;
        if self.presses > 0 && now_ms - self.last_ms > WINDOW_MS {
            self.presses = 0;
        }
        self.presses += 1;
        self.last_ms = now_ms;
        Some(self.presses)
    }
}

/// The live-region message after `presses` presses.
pub fn announcement(ui: &Ui, presses: u8) -> String {
    if presses >= PRESSES {
        ui.quick_exit_leaving.to_string()
    } else {
        // One digit (at most 3 left): no integer formatting needed.
        let left = char::from(b'0' + (PRESSES - presses)).to_string();
        crate::content::fill(ui.quick_exit_presses, &[("n", &left)])
    }
}

#[cfg(feature = "views")]
mod view;
#[cfg(feature = "views")]
pub use view::*;

#[cfg(test)]
mod tests {
    use super::*;

    fn press(c: &mut ShiftCounter, at: f64) -> Option<u8> {
        c.key_down("Shift", false, false);
        c.key_up("Shift", at)
    }

    #[test]
    fn three_presses_within_five_seconds_each_count_to_three() {
        let mut c = ShiftCounter::default();
        assert_eq!(press(&mut c, 0.0), Some(1));
        assert_eq!(press(&mut c, 4000.0), Some(2));
        assert_eq!(
            press(&mut c, 8900.0),
            Some(3),
            "each press within 5 s of the last"
        );
    }

    #[test]
    fn a_slow_press_starts_again() {
        let mut c = ShiftCounter::default();
        press(&mut c, 0.0);
        assert_eq!(press(&mut c, 5001.0), Some(1));
    }

    #[test]
    fn shift_with_a_letter_does_not_count_and_resets() {
        let mut c = ShiftCounter::default();
        press(&mut c, 0.0);
        c.key_down("Shift", false, false);
        c.key_down("A", false, false);
        assert_eq!(c.key_up("A", 100.0), None);
        assert_eq!(c.key_up("Shift", 120.0), None, "Shift+A is not a press");
        assert_eq!(press(&mut c, 200.0), Some(1), "the count started again");
    }

    #[test]
    fn shift_with_ctrl_or_a_held_key_does_not_count() {
        let mut c = ShiftCounter::default();
        c.key_down("Shift", true, false);
        assert_eq!(c.key_up("Shift", 0.0), None);
        c.key_down("Shift", false, true);
        assert_eq!(
            c.key_up("Shift", 10.0),
            None,
            "an auto-repeat alone is not a press"
        );
    }
}
