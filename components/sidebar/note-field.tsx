import { Component, type JSX, type TargetedEvent } from 'preact';

export interface NoteFieldProps {
  label: string;
  value: string;
  onSave: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  class?: string;
}

/**
 * A text field whose typing is kept locally and saved when the field loses focus: the sidebar
 * re-renders often (a ticking deadline, the page changing), and a field bound straight to the
 * stored value would throw away what is being typed. Outside changes show when not editing.
 * A class component: the sidebar is injected into Gmail without preact/hooks.
 */
export class NoteField extends Component<NoteFieldProps, { draft: string }> {
  private editing = false;
  /** Typed into since focus: only then does leaving the field save (never an old draft over a newer value). */
  private typed = false;
  override state = { draft: this.props.value };

  override componentDidUpdate(previous: NoteFieldProps): void {
    if (!this.editing && previous.value !== this.props.value) this.setState({ draft: this.props.value });
  }

  override render({ label, value, onSave, multiline = false, placeholder, class: className }: NoteFieldProps, { draft }: { draft: string }): JSX.Element {
    const common = {
      'aria-label': label,
      class: className,
      placeholder,
      value: draft,
      onFocus: () => {
        this.editing = true;
        this.typed = false;
      },
      onInput: (event: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => {
        this.typed = true;
        this.setState({ draft: event.currentTarget.value });
      },
      // The field's own value: a blur in the same task as the last keystroke comes before the re-render.
      onBlur: (event: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => {
        this.editing = false;
        const typed = event.currentTarget.value;
        if (this.typed && typed !== value) onSave(typed);
        else if (!this.typed) this.setState({ draft: value }); // show what changed meanwhile
        this.typed = false;
      },
    };
    return multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />;
  }
}
