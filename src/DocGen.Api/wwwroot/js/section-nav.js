// The way around a long form: every section with its progress (filled / required / problems), links that jump
// to it, and "next problem". On a desktop it sits in the side panel, which stays on screen; on a phone it is a
// bar fixed to the bottom of the screen whose 章节 button opens the list.
import { el } from './dom.js';

export class SectionNav {
  /**
   * @param nav the <nav> element (with #section-list, #sections-toggle, #next-problem, #next-note inside)
   * @param goTo called with a problem ({ pointer, message }) to show its field
   */
  constructor(nav, goTo) {
    this.nav = nav;
    this.goTo = goTo;
    this.list = nav.querySelector('#section-list');
    this.toggle = nav.querySelector('#sections-toggle');
    this.nextButton = nav.querySelector('#next-problem');
    this.note = nav.querySelector('#next-note');
    this.form = null;
    this.problems = [];
    // The field the reader was last in. A click on 下一个问题 takes the focus to the button, so the place to go on
    // from has to be remembered, or every click would land on the same problem again.
    this.current = null;
    document.addEventListener('focusin', (event) => {
      if (event.target.closest?.('#form')) this.current = event.target;
    });
    this.here = nav.querySelector('#section-here');
    this.links = new Map();
    this.hereKey = undefined;
    let pending = false;
    window.addEventListener('scroll', () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        this.markHere();
      });
    }, { passive: true });
    this.toggle.addEventListener('click', () => this.open(this.toggle.getAttribute('aria-expanded') !== 'true'));
    // On a phone the mode and the downloads sit above the form, tens of thousands of pixels up: the menu leads there.
    nav.querySelector('#to-panel')?.addEventListener('click', (event) => {
      event.preventDefault();
      this.open(false);
      const panel = document.getElementById('panel');
      panel.scrollIntoView({ block: 'start' });
      panel.focus({ preventScroll: true });
    });
    this.nextButton.addEventListener('click', () => this.next());
    // From inside a field, reaching the button again takes dozens of Tabs back: F8 (as in code editors) does the same.
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'F8' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      this.next();
    });
    nav.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.toggle.getAttribute('aria-expanded') === 'true') {
        this.open(false);
        this.toggle.focus();
      }
    });
  }

  attach(form) {
    this.form = form;
    this.nav.hidden = false;
  }

  open(expanded) {
    this.toggle.setAttribute('aria-expanded', String(expanded));
    this.nav.classList.toggle('open', expanded);
    if (expanded) this.links.get(this.hereKey)?.scrollIntoView({ block: 'nearest' });
  }

  /**
   * Marks the section being read (the last one whose top has reached the upper third of the screen), so a reader
   * scrolling a page tens of thousands of pixels tall sees where in the report they are; a phone's bar names it.
   */
  markHere() {
    if (!this.form) return;
    const line = window.innerHeight / 3;
    const sections = this.form.sections({ progress: false });
    let [here] = sections;
    for (const section of sections) {
      if (section.node.element.getBoundingClientRect().top > line) break;
      here = section;
    }
    this.hereKey = here?.key;
    for (const [key, link] of this.links) {
      if (key === this.hereKey) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
    if (this.here) this.here.textContent = here?.title ?? '';
  }

  /** Redraws the progress of every section from the form's values and the current problems and warnings. */
  update(errors, warnings) {
    if (!this.form) return;
    const perSection = (problems) => {
      const counts = new Map();
      for (const problem of problems) {
        const key = this.form.sectionOf(problem.pointer);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return counts;
    };
    const errorCounts = perSection(errors);
    const warningCounts = perSection(warnings);
    this.problems = this.ordered([...errors, ...warnings]);
    this.links.clear();
    this.list.replaceChildren(...this.form.sections().map((section) => {
      // A warning (a limit only a final must meet) is not a problem a draft is refused for: it has its own badge.
      const problems = errorCounts.get(section.key) ?? 0;
      const pending = warningCounts.get(section.key) ?? 0;
      const element = section.node.element;
      element.id ||= `section-${section.key}`;
      const done = problems + pending === 0 && (section.required > 0 ? section.filled === section.required : section.begun);
      const progress = section.required ? `${section.filled}/${section.required}` : section.begun ? '选填·已填' : '选填';
      const link = el('a', { href: `#${element.id}`, class: problems ? 'has-problems' : done ? 'done' : '' },
        el('span', { class: 'section-title', title: section.title }, section.title),
        el('span', { class: 'progress' }, progress,
          problems ? el('span', { class: 'badge error' }, `${problems} 处问题`) : null,
          pending ? el('span', { class: 'badge warning' }, `${pending} 处提醒`) : null));
      const needs = section.required ? `必填已填 ${section.filled}/${section.required}` : `无必填项${section.begun ? '，已填写' : ''}`;
      link.setAttribute('aria-label', `${section.title}：${needs}${problems ? `，${problems} 处问题` : ''}${pending ? `，${pending} 处提醒` : ''}`);
      this.links.set(section.key, link);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        this.open(false);
        element.scrollIntoView({ block: 'start' });
        const [first] = section.node.inputs();
        (first ?? element).focus({ preventScroll: true });
      });
      return el('li', {}, link);
    }));
    this.markHere();
    this.nextButton.disabled = this.problems.length === 0;
    this.note.textContent = this.problems.length ? `共 ${this.problems.length} 处待处理` : '没有待处理的问题';
  }

  /** Problems in the order their fields appear on the page. */
  ordered(problems) {
    const placed = problems.map((problem) => ({ problem, element: this.form.nodeAt(problem.pointer).element }));
    placed.sort((a, b) => {
      if (a.element === b.element) return 0;
      return a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    return placed;
  }

  /**
   * The first problem after the field the reader was last in, when that field is still on screen (else the first
   * problem below the top of the screen); after the last problem, round to the first again.
   */
  next() {
    if (this.problems.length === 0) return;
    const here = this.current?.isConnected && onScreen(this.current) ? this.current : null;
    let index = here
      ? this.problems.findIndex(({ element }) => element !== here && !element.contains(here)
        && (here.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING))
      : this.problems.findIndex(({ element }) => element.getBoundingClientRect().top > 1);
    const wrapped = index < 0;
    if (wrapped) index = 0;
    const { problem } = this.problems[index];
    this.open(false);
    this.goTo(problem);
    const place = this.form.placeOf(problem.pointer);
    this.note.textContent = `${wrapped ? '已回到开头，' : ''}第 ${index + 1}/${this.problems.length} 处：${place ? `${place} · ` : ''}${problem.message}`;
  }
}

function onScreen(element) {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
}
