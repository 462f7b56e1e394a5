// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { FactForm } from '../../../components/FactForm';
import { delegates, president, signingDate } from '../fixtures/hand-made-facts';

afterEach(cleanup);

const typeIn = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const choose = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save' }));
const errorsShown = () => [...document.querySelectorAll('.fl-field .fl-error')].map((e) => e.textContent);

describe('FactForm', () => {
  test('nothing is saved until the fact is valid; all problems show on a save attempt', () => {
    const onSave = vi.fn();
    render(<FactForm onSave={onSave} />);
    expect(errorsShown()).toEqual([]); // no scolding before typing
    save();
    expect(onSave).not.toHaveBeenCalled();
    expect(errorsShown()).toEqual(['Say what the fact is about, e.g. “Signing ceremony”.', 'Enter the date (the first day, if it is a range).']);
    expect(screen.getByRole('alert').textContent).toBe('Not saved: correct the 2 marked fields.');
    expect(document.activeElement).toBe(screen.getByLabelText('What is it about?'));
    expect(screen.getByLabelText('What is it about?').getAttribute('aria-invalid')).toBe('true');
  });

  test('a date range whose end is before its start is flagged as you type', () => {
    const onSave = vi.fn();
    render(<FactForm onSave={onSave} makeId={() => 'user:new-1'} />);
    typeIn('What is it about?', 'Signing ceremony');
    typeIn('Date (or first day)', '2025-10-26');
    typeIn('Last day (if a range)', '2025-10-25');
    expect(errorsShown()).toEqual(['The end date (2025-10-25) is before the start date (2025-10-26).']);
    expect(screen.getByLabelText('Last day (if a range)').getAttribute('aria-describedby')).toBe('fl-form-end-error');
    save();
    expect(onSave).not.toHaveBeenCalled();
    typeIn('Last day (if a range)', '2025-10-27');
    expect(errorsShown()).toEqual([]);
    expect(screen.getByText('Will be saved as: 26–27 October 2025')).toBeTruthy();
    save();
    expect(onSave).toHaveBeenCalledWith({
      id: 'user:new-1', kind: 'date', subject: 'Signing ceremony',
      value: { start: '2025-10-26', end: '2025-10-27', precision: 'day' }, sources: [], variants: [], origin: 'user',
    });
  });

  test('a figure that is not a number is refused with a clear message', () => {
    const onSave = vi.fn();
    render(<FactForm onSave={onSave} initialKind="figure" />);
    typeIn('What is it about?', 'Delegates');
    typeIn('Figure', 'a thousand');
    typeIn('What is counted', 'delegates');
    expect(errorsShown()).toEqual(['“a thousand” is not a number. Write digits, e.g. 1000 or 1,000.']);
    save();
    expect(onSave).not.toHaveBeenCalled();
    typeIn('Figure', '1,000');
    choose('How exact', 'over');
    expect(screen.getByText('Will be saved as: over 1,000 delegates')).toBeTruthy();
    save();
    expect(onSave.mock.calls[0][0].value).toEqual({ amount: 1000, unit: 'delegates', qualifier: 'over' });
  });

  test('an empty name is refused; switching kind shows the right fields', () => {
    const onSave = vi.fn();
    render(<FactForm onSave={onSave} />);
    choose('Kind', 'name');
    expect(screen.queryByLabelText('Date (or first day)')).toBeNull();
    typeIn('What is it about?', 'President');
    typeIn('Name', '  ');
    expect(errorsShown()).toEqual(['Enter the name.']);
    save();
    expect(onSave).not.toHaveBeenCalled();
  });

  test('editing keeps the sources, can remove one, and saves a user fact with the same id', async () => {
    const onSave = vi.fn();
    render(<FactForm fact={signingDate} onSave={onSave} />);
    expect(screen.getByRole('heading', { name: 'Edit the fact' })).toBeTruthy();
    expect((screen.getByLabelText('What is it about?') as HTMLInputElement).value).toBe(signingDate.subjectLabel);
    fireEvent.click(screen.getByRole('button', { name: /Remove this source: 001_07debdc02fc119d0\.txt/ }));
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0][0]).toEqual({ ...signingDate, sources: [signingDate.sources[0]], origin: 'user' });
  });

  test('a new quote needs its language; then it is saved as a source', () => {
    const onSave = vi.fn();
    render(<FactForm fact={president} onSave={onSave} />);
    typeIn('Sentence the value comes from', 'Chủ tịch nước Lương Cường sẽ chủ trì buổi lễ');
    expect(errorsShown()).toEqual([]); // the language field has not been touched yet
    save();
    expect(errorsShown()).toEqual(['Pick the language of the quote.']);
    choose('Language of the quote', 'vi');
    save();
    expect(onSave.mock.calls[0][0].sources.at(-1)).toMatchObject({ lang: 'vi', quote: 'Chủ tịch nước Lương Cường sẽ chủ trì buổi lễ' });
  });

  test('a failed save is shown and the form stays', async () => {
    render(<FactForm fact={delegates} onSave={() => Promise.reject(new Error('the database is closed'))} />);
    save();
    expect((await screen.findByRole('alert')).textContent).toBe('Could not save: the database is closed');
  });

  test('messages are translated', () => {
    render(<FactForm onSave={() => {}} lang="fr" initialKind="figure" />);
    typeIn('Chiffre', 'beaucoup');
    expect(errorsShown()).toEqual(['« beaucoup » n’est pas un nombre. Écrivez des chiffres, par ex. 1000 ou 1 000.']);
  });
});
