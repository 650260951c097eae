//! Aborting a fetch: the caller's signal, and timeouts that really abort it,
//! made as cheaply as each runtime allows (see [`Abort`] and [`Deadline`]).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::Function;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AbortController, AbortSignal};

use super::fetch::js_message;
use crate::error::Error;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &Function, ms: &JsValue) -> JsValue;
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
        // Built first: dropping it (also on an error below) ends the attempt on the deadline.
        let mut abort = Abort {
            signal: Some(deadline.signal.clone()),
            deadline: Some(deadline.clone()),
            _joined: None,
        };
        let Some(caller) = signal else {
            return Ok(abort);
        };
        if let Ok(any) = abort_signal_any(&js_sys::Array::of2(caller, &deadline.signal)) {
            abort.signal = Some(any);
            return Ok(abort);
        }
        let controller = AbortController::new().map_err(|e| Error::Network {
            message: js_message(&e),
        })?;
        let (c1, c2) = (controller.clone(), controller.clone());
        let links = (
            AbortLink::new(caller, move || c1.abort()),
            AbortLink::new(&deadline.signal, move || c2.abort()),
        );
        abort.signal = Some(controller.signal());
        abort._joined = Some((controller, links.0, links.1));
        Ok(abort)
    }

    pub(super) fn timed_out(&self) -> bool {
        self.deadline.as_ref().is_some_and(|d| d.fired())
    }
}

impl Drop for Abort {
    fn drop(&mut self) {
        if let Some(d) = &self.deadline {
            d.leave();
        }
    }
}

/// A timeout shared by the attempts with the same timeout that start within a
/// short window (a tenth of the timeout, at most 50 ms): one `AbortController`
/// whose timer fires at the window's start + timeout + window, so each attempt
/// it carries is aborted at most one window after its own deadline, never
/// before. A controller per attempt was a sixth of a call's time in Node.
/// While an attempt is in flight its timer holds a Node process open (a pending
/// call must end, with its timeout if need be); while none is, it does not
/// (`unref`), so a script that is done exits at once. Where timers cannot be
/// unref'd (browsers, Deno), the timer is cleared when its last attempt ends,
/// and the next attempt starts a new deadline.
#[derive(Debug)]
pub(super) struct Deadline {
    signal: AbortSignal,
    timer: Timer,
    /// Attempts in flight on it.
    inflight: Cell<u32>,
    /// Its timer was cleared (no attempt left, and it could not be unref'd).
    cleared: Cell<bool>,
    /// The timer's `ref` / `unref` (Node's timers have them; browsers' are numbers).
    hold: Option<(Function, Function)>,
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
        let timer = Timer::new(ms, move || c.abort());
        let method = |name: &str| {
            js_sys::Reflect::get(&timer.id, &name.into())
                .ok()
                .and_then(|f| f.dyn_into::<Function>().ok())
        };
        let hold = if timer.id.is_object() {
            method("ref").zip(method("unref"))
        } else {
            None
        };
        Ok(Deadline {
            signal: controller.signal(),
            timer,
            inflight: Cell::new(0),
            cleared: Cell::new(false),
            hold,
        })
    }

    fn fired(&self) -> bool {
        self.signal.aborted()
    }

    /// An attempt starts on it.
    fn enter(&self) {
        let n = self.inflight.get();
        self.inflight.set(n + 1);
        if n == 0 {
            self.hold_process(true);
        }
    }

    /// An attempt on it ended.
    fn leave(&self) {
        let n = self.inflight.get().saturating_sub(1);
        self.inflight.set(n);
        if n > 0 {
            return;
        }
        if self.hold.is_some() {
            self.hold_process(false);
        } else {
            clear_timeout(&self.timer.id);
            self.cleared.set(true);
        }
    }

    /// Whether attempts may still join it.
    fn live(&self) -> bool {
        !self.cleared.get() && !self.fired()
    }

    fn hold_process(&self, on: bool) {
        if let Some((r, u)) = &self.hold {
            let _ = if on { r } else { u }.call0(&self.timer.id);
        }
    }
}

/// The deadline attempts starting now join, while its window is open.
#[derive(Debug)]
pub(super) struct Window {
    timeout_ms: u32,
    /// When the window closes (ms since the epoch).
    open_until: f64,
    uses: u32,
    deadline: Rc<Deadline>,
}

/// The shared deadline for an attempt with `timeout_ms` starting now: the open
/// window's, or a new one (the last one lives on while attempts hold it).
fn deadline(window: &RefCell<Option<Window>>, timeout_ms: u32) -> Result<Rc<Deadline>, Error> {
    let now = crate::js::now_ms();
    let mut slot = window.borrow_mut();
    if let Some(w) = slot.as_mut() {
        if w.timeout_ms == timeout_ms
            && now < w.open_until
            && w.uses < Deadline::MAX_USES
            && w.deadline.live()
        {
            w.uses += 1;
            w.deadline.enter();
            return Ok(w.deadline.clone());
        }
    }
    let window = Deadline::window_ms(timeout_ms);
    let deadline = Rc::new(Deadline::new(timeout_ms.saturating_add(window))?);
    deadline.enter();
    *slot = Some(Window {
        timeout_ms,
        open_until: now + f64::from(window),
        uses: 1,
        deadline: deadline.clone(),
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
        crate::js::listen(signal, "abort", callback.as_ref(), true);
        AbortLink {
            signal: signal.clone(),
            callback,
        }
    }
}

impl Drop for AbortLink {
    fn drop(&mut self) {
        crate::js::listen(&self.signal, "abort", self.callback.as_ref(), false);
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
            &JsValue::from(ms.min(i32::MAX as u32)),
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
