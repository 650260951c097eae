//! Aborting a fetch: the caller's signal, and timeouts that really abort it,
//! made as cheaply as each runtime allows (see [`Abort`] and [`Deadline`]).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use js_sys::Function;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AbortController, AbortSignal};

use super::fetch::js_message;
use crate::error::Error;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &Function, ms: i32) -> JsValue;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(id: &JsValue);
    /// `AbortSignal.any(signals)`; an error where the runtime lacks it.
    #[wasm_bindgen(js_namespace = AbortSignal, js_name = any, catch)]
    fn abort_signal_any(signals: &js_sys::Array) -> Result<AbortSignal, JsValue>;
}

/// The one signal a request carries: none without a timeout or a caller
/// signal; the caller's own signal when there is no timeout; the shared
/// [`Deadline`]'s for a timeout, joined to the caller's with `AbortSignal.any()`
/// (or, where the runtime lacks it, a controller of the attempt's own that
/// both abort).
pub(super) struct Abort {
    pub(super) signal: Option<AbortSignal>,
    deadline: Option<Rc<Deadline>>,
    _joined: Option<(AbortController, AbortLink, AbortLink)>,
}

impl Abort {
    pub(super) fn new(
        window: &RefCell<Option<Window>>,
        timeout_ms: Option<u32>,
        signal: Option<&AbortSignal>,
    ) -> Result<Abort, Error> {
        let Some(ms) = timeout_ms else {
            return Ok(Abort {
                signal: signal.cloned(),
                deadline: None,
                _joined: None,
            });
        };
        let deadline = deadline(window, ms)?;
        let Some(caller) = signal else {
            return Ok(Abort {
                signal: Some(deadline.signal.clone()),
                deadline: Some(deadline),
                _joined: None,
            });
        };
        if let Ok(any) = abort_signal_any(&js_sys::Array::of2(caller, &deadline.signal)) {
            return Ok(Abort {
                signal: Some(any),
                deadline: Some(deadline),
                _joined: None,
            });
        }
        let controller = AbortController::new().map_err(|e| Error::Network {
            message: js_message(&e),
        })?;
        let (c1, c2) = (controller.clone(), controller.clone());
        let links = (
            AbortLink::new(caller, move || c1.abort()),
            AbortLink::new(&deadline.signal, move || c2.abort()),
        );
        Ok(Abort {
            signal: Some(controller.signal()),
            deadline: Some(deadline),
            _joined: Some((controller, links.0, links.1)),
        })
    }

    pub(super) fn timed_out(&self) -> bool {
        self.deadline.as_ref().is_some_and(|d| d.fired())
    }
}

/// A timeout shared by the attempts with the same timeout that start within a
/// short window (a tenth of the timeout, at most 50 ms): one `AbortController`
/// whose timer fires at the window's start + timeout + window, so each attempt
/// it carries is aborted at most one window after its own deadline, never
/// before. A controller per attempt was a sixth of a call's time in Node. The
/// attempts hold it; when the last one ends, its timer is cleared (a pending
/// call keeps a Node process alive, a finished one does not).
#[derive(Debug)]
pub(super) struct Deadline {
    signal: AbortSignal,
    _timer: Timer,
}

impl Deadline {
    /// Attempts per deadline at most (each adds a listener to its signal).
    const MAX_USES: u32 = 64;

    /// The window for `timeout_ms`.
    fn window_ms(timeout_ms: u32) -> u32 {
        (timeout_ms / 10).min(50)
    }

    fn new(ms: u32) -> Result<Deadline, Error> {
        let controller = AbortController::new().map_err(|e| Error::Network {
            message: js_message(&e),
        })?;
        let c = controller.clone();
        Ok(Deadline {
            signal: controller.signal(),
            _timer: Timer::new(ms, move || c.abort()),
        })
    }

    fn fired(&self) -> bool {
        self.signal.aborted()
    }
}

/// The deadline attempts starting now join, while its window is open.
#[derive(Debug)]
pub(super) struct Window {
    timeout_ms: u32,
    /// When the window closes (ms since the epoch).
    open_until: f64,
    uses: u32,
    deadline: Weak<Deadline>,
}

/// The shared deadline for an attempt with `timeout_ms` starting now: the open
/// window's, or a new one.
fn deadline(window: &RefCell<Option<Window>>, timeout_ms: u32) -> Result<Rc<Deadline>, Error> {
    let now = js_sys::Date::now();
    let mut slot = window.borrow_mut();
    if let Some(w) = slot.as_mut() {
        if w.timeout_ms == timeout_ms && now < w.open_until && w.uses < Deadline::MAX_USES {
            if let Some(d) = w.deadline.upgrade() {
                w.uses += 1;
                return Ok(d);
            }
        }
    }
    let window = Deadline::window_ms(timeout_ms);
    let deadline = Rc::new(Deadline::new(timeout_ms.saturating_add(window))?);
    *slot = Some(Window {
        timeout_ms,
        open_until: now + f64::from(window),
        uses: 1,
        deadline: Rc::downgrade(&deadline),
    });
    Ok(deadline)
}

/// Runs a callback when a signal aborts; removes itself when dropped.
pub(super) struct AbortLink {
    signal: AbortSignal,
    callback: Closure<dyn FnMut()>,
}

impl AbortLink {
    pub(super) fn new(signal: &AbortSignal, f: impl FnMut() + 'static) -> Self {
        let callback = Closure::<dyn FnMut()>::new(f);
        let _ = signal.add_event_listener_with_callback("abort", callback.as_ref().unchecked_ref());
        AbortLink {
            signal: signal.clone(),
            callback,
        }
    }
}

impl Drop for AbortLink {
    fn drop(&mut self) {
        let _ = self
            .signal
            .remove_event_listener_with_callback("abort", self.callback.as_ref().unchecked_ref());
    }
}

/// A `setTimeout` that is cleared when dropped.
#[derive(Debug)]
pub(super) struct Timer {
    id: JsValue,
    _callback: Closure<dyn FnMut()>,
}

impl Timer {
    pub(super) fn new(ms: u32, f: impl FnMut() + 'static) -> Self {
        let callback = Closure::<dyn FnMut()>::new(f);
        let id = set_timeout(
            callback.as_ref().unchecked_ref(),
            ms.min(i32::MAX as u32) as i32,
        );
        Timer {
            id,
            _callback: callback,
        }
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        clear_timeout(&self.id);
    }
}
