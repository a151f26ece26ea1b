//! The trainer window opened from the command line: plainly, with a scripted playthrough
//! (`play --gui`), or with a live preview of a scenario being edited.

#[cfg(feature = "gui")]
use super::{EXIT_PROBLEM, Out, load};
use super::{Places, PlayArgs, Reported};
use std::path::PathBuf;
use std::process::ExitCode;

#[cfg(feature = "gui")]
pub(super) fn open_window(
    places: &Places,
    screenshot: Option<PathBuf>,
) -> Result<ExitCode, Reported> {
    let script = screenshot.map(|file| crate::app::Script {
        dir: file,
        single: true,
        trainee: Some("Trainee".to_owned()),
        ..Default::default()
    });
    launch(
        places,
        Opening {
            script,
            ..Opening::default()
        },
    )
}

/// How the window opens, beyond the places: a plain window unless told otherwise.
#[cfg(feature = "gui")]
#[derive(Default)]
pub(super) struct Opening {
    /// A scripted run that saves pictures and quits.
    script: Option<crate::app::Script>,
    /// The expert setting on (`--expert`).
    expert: bool,
    /// How sessions order the replies.
    shuffle: defuse_core::ReplyOrder,
    /// Live preview of this scenario file (`--watch`).
    watch: Option<PathBuf>,
    /// The scenario to go straight into, and where in it to start.
    open: Option<(String, defuse_core::StartAt)>,
    /// Voice practice from recorded takes (`--voice-takes`).
    voice_takes: Option<PathBuf>,
    /// The trainee's name, filled in on the start screen (`--trainee`).
    trainee: Option<String>,
}

#[cfg(feature = "gui")]
pub(super) fn launch(places: &Places, opening: Opening) -> Result<ExitCode, Reported> {
    let Opening {
        script,
        expert,
        shuffle,
        watch,
        open,
        voice_takes,
        trainee,
    } = opening;
    // Scripted runs leave the trainee's remembered settings alone.
    let config = if script.is_some() {
        None
    } else {
        crate::app::trainee::config_dir().map(|d| d.join(crate::app::trainee::FILE_NAME))
    };
    let ok = crate::app::run(crate::app::Launch {
        scenarios: places.scenarios.clone(),
        locales: places.locales.clone(),
        lang: places.lang.clone(),
        lang_given: places.lang_given,
        config,
        script,
        // A live preview is a trainer's playtest, not a trainee's session.
        data: watch.is_none().then(|| places.data.clone()),
        window: places.window,
        expert,
        shuffle,
        watch,
        open,
        voice_takes,
        trainee,
        lrs: match &places.lrs {
            Ok(config) => config.clone(),
            Err(reason) => {
                // The window works without the LRS; the command line says what is wrong.
                eprintln!("warning: results are not sent to the LRS: {reason}");
                None
            }
        },
    });
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_PROBLEM)
    })
}

/// `defuse play SCENARIO --gui [--choices ...] [--screenshots DIR]`.
#[cfg(feature = "gui")]
pub(super) fn play_in_window(places: &Places, window: &PlayArgs) -> Result<ExitCode, Reported> {
    let mut out = Out::stdio(crate::bundled::texts(&places.lang, "cli.ftl"));
    // Replies are numbered from 1, in the window as in the terminal.
    if let Some(k) = (window.answers().unwrap_or_default().iter())
        .position(|c| *c == defuse_core::Answer::Number(0))
    {
        return Err(out.err(&out.tf("error-choice-zero", &[("position", (k + 1).into())])));
    }
    // The window plays scenarios by id; check it exists and is playable first.
    let story = std::sync::Arc::new(load(&mut out, places, &window.scenario)?);
    let script = window.screenshots.clone().map(|dir| crate::app::Script {
        dir,
        single: false,
        scenario: Some(story.scenario.id.clone()),
        choices: window.answers().unwrap_or_default(),
        trainee: window.trainee.clone(),
        reloads: window.reloads,
        voice: window.voice_takes.is_some(),
    });
    if let Some(dir) = &window.voice_takes {
        let baseline = dir.join("baseline.wav");
        if let Err(e) = defuse_core::voice::Take::read_wav(&baseline) {
            return Err(
                out.err(&out.tf("voice-takes-no-baseline", &[("why", e.to_string().into())]))
            );
        }
    }
    let watch = window.watch.then(|| story.source.path.clone());
    if watch.is_some() {
        out.line(&out.tf(
            "watch-watching",
            &[("file", story.source.path.display().to_string().into())],
        ));
    }
    if let Some(script) = &script
        && let Err(err) = std::fs::create_dir_all(&script.dir)
    {
        return Err(out.err(&format!(
            "error: cannot create {}: {err}",
            script.dir.display()
        )));
    }
    // `play ID --gui`: straight into that scenario once the trainee has given a name, at
    // `--from` and `--mood` if given (checked here, so a wrong node is told before the
    // window opens, as in the terminal).
    let at = window.start_at();
    if let Err(message) = window.order().start_at(story.clone(), &at) {
        return Err(out.err(&format!("error: {message}")));
    }
    launch(
        places,
        Opening {
            script,
            expert: window.expert,
            shuffle: window.order(),
            watch,
            open: Some((story.scenario.id.clone(), at)),
            voice_takes: window.voice_takes.clone(),
            trainee: window.trainee.clone(),
        },
    )
}

#[cfg(not(feature = "gui"))]
pub(super) fn play_in_window(_: &Places, _: &PlayArgs) -> Result<ExitCode, Reported> {
    open_window_missing()
}

#[cfg(not(feature = "gui"))]
pub(super) fn open_window(_: &Places, _: Option<PathBuf>) -> Result<ExitCode, Reported> {
    open_window_missing()
}

#[cfg(not(feature = "gui"))]
pub(super) fn open_window_missing() -> Result<ExitCode, Reported> {
    eprintln!(
        "error: this defuse was built without the trainer window (feature `gui`); use a command such as `defuse validate`, or see `defuse --help`"
    );
    Err(Reported)
}
