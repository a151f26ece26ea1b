//! A second annotator's labels of a matching set's held-out part (`second/<lang>.ron`
//! beside the set): how often they are the set's own, so the matching is read against the
//! agreement of two people.

use super::*;

/// How often a second annotator's labels of the held-out part (`second/<lang>.ron` under
/// the set, where present) are the set's own: (agreeing, labelled).
pub(super) fn second_annotator(
    set_dir: &Path,
    lang: &str,
    held_out: &HashMap<String, Expect>,
) -> Result<Option<(usize, usize)>, String> {
    let file = set_dir.join("second").join(format!("{lang}.ron"));
    if !file.is_file() {
        return Ok(None);
    }
    let second: HashMap<String, Expect> = read_ron(&file)?;
    let mut agree = 0;
    for (id, label) in &second {
        let Some(first) = held_out.get(id) else {
            return Err(format!(
                "{}: `{id}` is not a held-out case of {}",
                file.display(),
                set_dir.join(format!("{lang}.ron")).display()
            ));
        };
        agree += usize::from(first == label);
    }
    Ok(Some((agree, second.len())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_annotators_label_of_a_case_not_held_out_is_told_with_its_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("second")).unwrap();
        let file = dir.path().join("second").join("en.ron");
        let held_out = HashMap::from([("en-m02".to_owned(), Expect::Reply(3))]);
        std::fs::write(&file, r#"{"en-m02": Reply(3)}"#).unwrap();
        assert_eq!(
            second_annotator(dir.path(), "en", &held_out),
            Ok(Some((1, 1)))
        );
        std::fs::write(&file, r#"{"en-m02": None, "en-m01": Reply(1)}"#).unwrap();
        let err = second_annotator(dir.path(), "en", &held_out).unwrap_err();
        assert!(
            err.contains("second/en.ron: `en-m01` is not a held-out case"),
            "{err}"
        );
        std::fs::write(&file, r#"{"en-m02": Reply(x)}"#).unwrap();
        let err = second_annotator(dir.path(), "en", &held_out).unwrap_err();
        assert!(err.contains("second/en.ron:1:"), "{err}");
        assert_eq!(second_annotator(dir.path(), "hu", &held_out), Ok(None));
    }
}
